package org.vigie.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.vigie.model.Excerpt;

/**
 * Keeps the search index in step with the database, which it is derived from: at open, indexes the rows after the
 * last index commit (a crash between the two commits) and rebuilds an index that disagrees with the database; on
 * demand, rebuilds it whole. A row the index cannot take is left out of search and reported, never fatal.
 */
final class IndexHealing {
  private final Path dir;
  private final Connection db;
  private final SearchIndex index;
  private final Consumer<String> notices;

  /**
   * @param db      the writer connection; the caller holds the store's write lock
   * @param notices told what healing did
   */
  IndexHealing(Path dir, Connection db, SearchIndex index, Consumer<String> notices) {
    this.dir = dir;
    this.db = db;
    this.index = index;
    this.notices = notices;
  }

  /** Indexes the rows the last index commit does not hold; rebuilds the index when it disagrees with the database. */
  void heal() throws SQLException, IOException {
    long watermark = index.committedSequence();
    long rowsUpTo;
    long maxSequence;
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT (SELECT count(*) FROM article WHERE seq <= ?), (SELECT coalesce(max(seq), 0) FROM article)")) {
      ps.setLong(1, watermark);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        rowsUpTo = rs.getLong(1);
        maxSequence = rs.getLong(2);
      }
    } finally {
      db.rollback();
    }
    long indexed = index.count();
    if (watermark > maxSequence || indexed + index.refused() != rowsUpTo) {
      notices.accept("the search index of " + dir + " holds " + indexed + " article(s) where the database has "
          + rowsUpTo + " up to its last commit; it is rebuilt from the database");
      rebuild();
      return;
    }
    if (indexRowsAfter(watermark) > 0) {
      index.commit();
      index.refresh();
    }
  }

  void rebuild() throws SQLException, IOException {
    index.clear();
    indexRowsAfter(0);
    index.commit();
    index.refresh();
  }

  private int indexRowsAfter(long sequence) throws SQLException, IOException {
    int n = 0;
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT " + ArticleReader.COLUMNS + " FROM article a WHERE a.seq > ? ORDER BY a.seq")) {
      ps.setLong(1, sequence);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long row = rs.getLong("seq");
          try {
            index.add(row, ArticleReader.read(rs).article());
            n++;
          } catch (RuntimeException e) {
            // One row that cannot be indexed must not keep the store from opening: it is left out of search.
            index.refuse(row);
            notices.accept(leftOutOfSearch(dir, rs.getString("id"), e));
          }
        }
      }
    } finally {
      db.rollback();
    }
    return n;
  }

  static String leftOutOfSearch(Path dir, String articleId, Exception cause) {
    return "article " + Excerpt.of(articleId) + " of the store at " + dir + " is left out of search: the index"
        + " cannot take it (" + cause.getMessage() + ")";
  }
}
