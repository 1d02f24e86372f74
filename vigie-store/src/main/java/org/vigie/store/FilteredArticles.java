package org.vigie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The database side of an {@link ArticleFilter}: its conditions other than the full-text query, applied either to
 * the whole article table or to one page of sequence numbers the search index matched.
 */
final class FilteredArticles {
  private FilteredArticles() {}

  /** The sequence numbers after {@code after} that pass the filter, ascending, at most {@code limit}; within {@code among} when given. */
  static List<Long> sequences(Connection db, ArticleFilter filter, long after, int limit, @Nullable List<Long> among)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = where(filter, among, params);
    params.add(after);
    params.add(limit);
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT a.seq FROM article a WHERE " + where + " AND a.seq > ? ORDER BY a.seq LIMIT ?")) {
      Database.bind(ps, params);
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    }
  }

  static long count(Connection db, ArticleFilter filter) throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = where(filter, null, params);
    try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM article a WHERE " + where)) {
      Database.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Adds to {@code counts} the dated articles that pass the filter, by publication day; within {@code among} when given. */
  static void countByDay(Connection db, ArticleFilter filter, @Nullable List<Long> among, Map<LocalDate, Long> counts)
      throws SQLException {
    List<Object> params = new ArrayList<>();
    String where = where(filter, among, params);
    try (PreparedStatement ps = db.prepareStatement("SELECT a.published, count(*) FROM article a WHERE " + where
        + " AND a.published IS NOT NULL GROUP BY a.published")) {
      Database.bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.merge(LocalDate.parse(rs.getString(1)), rs.getLong(2), Long::sum);
        }
      }
    }
  }

  /** The articles with these sequence numbers, in that order. */
  static List<StoredArticle> bySequences(Connection db, List<Long> sequences) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(sequences.size(), "?"));
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT " + ArticleReader.COLUMNS + " FROM article a WHERE a.seq IN (" + marks + ") ORDER BY a.seq")) {
      Database.bind(ps, sequences);
      List<StoredArticle> out = new ArrayList<>(sequences.size());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(ArticleReader.read(rs));
        }
      }
      return out;
    }
  }

  /** The conditions of the filter (not its query) on the article alias {@code a}, never empty. */
  private static String where(ArticleFilter filter, @Nullable List<Long> among, List<Object> params) {
    List<String> conditions = new ArrayList<>();
    conditions.add("1 = 1");
    if (among != null) {
      conditions.add("a.seq IN (" + String.join(", ", Collections.nCopies(among.size(), "?")) + ")");
      params.addAll(among);
    }
    if (filter.since() != null) {
      conditions.add("a.published >= ?");
      params.add(filter.since().toString());
    }
    if (filter.until() != null) {
      conditions.add("a.published <= ?");
      params.add(filter.until().toString());
    }
    if (filter.outlet() != null) {
      conditions.add("a.outlet = ?");
      params.add(filter.outlet());
    }
    if (filter.language() != null) {
      conditions.add("coalesce(a.language, a.language_hint) = ?");
      params.add(filter.language());
    }
    if (filter.entityId() != null) {
      conditions.add("EXISTS (SELECT 1 FROM article_entity ae WHERE ae.article_seq = a.seq AND ae.entity_id = ?)");
      params.add(filter.entityId());
    }
    return String.join(" AND ", conditions);
  }
}
