package org.vigie.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Counts ingest outcomes into the completeness ledger ({@code source_day}), and reads it back. */
final class LedgerWriter {
  private LedgerWriter() {}

  /** Adds one to the column of {@code outcome}, inside the caller's transaction. */
  static void count(Connection db, @Nullable String outlet, @Nullable String published, String column, Instant at)
      throws SQLException {
    String day = published != null ? published : LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO source_day (outlet, day, " + column
        + ", first_at, last_at) VALUES (?, ?, 1, ?, ?) ON CONFLICT (outlet, day) DO UPDATE SET " + column
        + " = source_day." + column + " + 1,"
        // CASE, not min/max of two values: SQLite spells those min/max, PostgreSQL least/greatest
        + " first_at = CASE WHEN excluded.first_at < source_day.first_at THEN excluded.first_at"
        + " ELSE source_day.first_at END,"
        + " last_at = CASE WHEN excluded.last_at > source_day.last_at THEN excluded.last_at"
        + " ELSE source_day.last_at END")) {
      ps.setString(1, outlet == null ? "" : outlet);
      ps.setString(2, day);
      ps.setString(3, at.toString());
      ps.setString(4, at.toString());
      ps.executeUpdate();
    }
  }

  /** Counts a refused input under the stored article's outlet and date, else the host of its source. */
  static void outcome(Connection db, IngestOutcome outcome, @Nullable String articleId, String source)
      throws SQLException {
    String outlet = null;
    String published = null;
    boolean stored = false;
    if (articleId != null) {
      try (PreparedStatement ps = db.prepareStatement("SELECT outlet, published FROM article WHERE id = ?")) {
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            stored = true;
            outlet = rs.getString(1);
            published = rs.getString(2);
          }
        }
      }
    }
    if (!stored) {
      outlet = hostOf(source);
    }
    count(db, outlet, published, outcome == IngestOutcome.DUPLICATE ? "duplicates" : "errors", Instant.now());
  }

  static List<SourceDay> all(Connection db) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT outlet, day, articles, duplicates, errors, first_at,"
        + " last_at FROM source_day ORDER BY outlet, day")) {
      List<SourceDay> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new SourceDay(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getLong(3), rs.getLong(4),
              rs.getLong(5), Instant.parse(rs.getString(6)), Instant.parse(rs.getString(7))));
        }
      }
      return out;
    }
  }

  /** The host of a URL source (without {@code www.}), else null: a file path names no outlet. */
  static @Nullable String hostOf(String source) {
    if (!source.startsWith("http://") && !source.startsWith("https://")) {
      return null;
    }
    try {
      String host = URI.create(source.strip().split("\\s", 2)[0]).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
