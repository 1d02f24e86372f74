package org.vigie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.model.ContentHash;

/** Reads articles back from the database into model records. */
final class ArticleReader {
  static final String COLUMNS =
      "a.seq, a.id, a.source, a.url, a.outlet, a.title, a.published, a.language_hint, a.body, a.metadata, a.layers,"
          + " a.analysis, a.story_id";
  /** Ids per {@code IN (...)} query, well under SQLite's limit on bound parameters. */
  private static final int IDS_PER_QUERY = 500;

  private ArticleReader() {}

  static Optional<String> contentHash(Connection db, String articleId) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT title, body FROM article WHERE id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(ContentHash.of(rs.getString(1), rs.getString(2))) : Optional.empty();
      }
    }
  }

  static List<StoredArticle> byIds(Connection db, Collection<String> ids) throws SQLException {
    List<String> wanted = List.copyOf(ids);
    Map<String, StoredArticle> found = new HashMap<>();
    for (int from = 0; from < wanted.size(); from += IDS_PER_QUERY) {
      List<String> part = wanted.subList(from, Math.min(wanted.size(), from + IDS_PER_QUERY));
      String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
      try (PreparedStatement ps = db.prepareStatement(
          "SELECT " + COLUMNS + " FROM article a WHERE a.id IN (" + marks + ")")) {
        Database.bind(ps, part);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            StoredArticle article = read(rs);
            found.put(article.article().id(), article);
          }
        }
      }
    }
    List<StoredArticle> out = new ArrayList<>(found.size());
    for (String id : wanted) {
      StoredArticle article = found.remove(id);
      if (article != null) {
        out.add(article);
      }
    }
    return out;
  }

  static List<StoredArticle> after(Connection db, long afterSequence, int limit) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT " + COLUMNS + " FROM article a WHERE a.seq > ? ORDER BY a.seq LIMIT ?")) {
      ps.setLong(1, afterSequence);
      ps.setInt(2, limit);
      List<StoredArticle> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    }
  }

  static long lastSequence(Connection db) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT coalesce(max(seq), 0) FROM article");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The article of the current row of a query selecting {@link #COLUMNS}. */
  static StoredArticle read(ResultSet rs) throws SQLException {
    ArticleCodec.Row row = new ArticleCodec.Row(rs.getString("id"), rs.getString("source"), rs.getString("url"),
        rs.getString("outlet"), rs.getString("title"), rs.getString("published"), rs.getString("language_hint"),
        rs.getString("body"), rs.getString("metadata"), rs.getString("layers"), rs.getString("analysis"));
    return new StoredArticle(rs.getLong("seq"), ArticleCodec.read(row), rs.getString("story_id"));
  }
}
