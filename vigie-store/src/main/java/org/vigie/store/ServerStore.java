package org.vigie.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Excerpt;

/**
 * The {@link Store} on server engines: PostgreSQL is the system of record (the embedded store's schema and SQL,
 * {@link Migrations#postgres()}), OpenSearch the search index derived from it ({@link OpenSearchIndex}). Many
 * processes may read; one process writes (the storyteller, or a server in embedded-like use).
 *
 * <p>Delivery: a put commits the article in PostgreSQL, then indexes it under its id. Putting an id again changes no
 * row and indexes the document again, so a writer that crashed between the two and is handed the article again
 * (at-least-once delivery) leaves it stored once and indexed once.
 */
final class ServerStore extends DatabaseStore {
  /** The search index's name; one store per index. */
  static final String INDEX = "vigie-articles";
  private static final Pattern STATE_NAME = Pattern.compile("[a-z0-9-]{1,64}");

  private final OpenSearchIndex index;
  private final int shards;
  private final int replicas;

  private ServerStore(String where, Database db, OpenSearchIndex index, int schemaVersion, int shards,
      int replicas) {
    super(db, where, schemaVersion);
    this.index = index;
    this.shards = shards;
    this.replicas = replicas;
  }

  /**
   * @param jdbcUrl    {@code jdbc:postgresql://host:port/database?user=...&password=...}
   * @param opensearch the base URL of an OpenSearch node or cluster, {@code http://host:9200}, with the index's name
   *     as its path when it is not {@value #INDEX}
   */
  static ServerStore open(String jdbcUrl, URI opensearch, int shards, int replicas) {
    String where = "PostgreSQL " + redacted(jdbcUrl) + " with OpenSearch " + opensearch;
    Database db = null;
    try {
      db = Database.openPostgres(jdbcUrl, where);
      int version = Migrations.postgres().migrate(db.writer(), where);
      String path = opensearch.getPath() == null ? "" : opensearch.getPath().replaceAll("^/+|/+$", "");
      OpenSearchIndex index = OpenSearchIndex.open(opensearch.resolve("/"), path.isEmpty() ? INDEX : path, shards,
          replicas);
      return new ServerStore(where, db, index, version, shards, replicas);
    } catch (SQLException | IOException | RuntimeException e) {
      if (db != null) {
        db.close();
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store on " + where + ": " + e.getMessage(), e);
    }
  }

  /** The URL without its password, for messages. */
  static String redacted(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
  }

  @Override
  public PutResult put(AnalyzedArticle article, @Nullable String storyId) {
    synchronized (writeLock) {
      requireOpen();
      long sequence;
      boolean fresh;
      try {
        sequence = db.write(c -> ArticleWriter.insert(c, article, storyId));
        fresh = sequence > 0;
        if (!fresh) {
          sequence = db.read("article " + Excerpt.of(article.id()), c -> sequenceOf(c, article.id()));
        }
      } catch (SQLException | RuntimeException e) {
        throw new StoreException("cannot store article " + Excerpt.of(article.id()) + " in " + where + ": "
            + e.getMessage(), e);
      }
      try {
        index.add(sequence, article); // a duplicate is indexed again: the document id is the article id
      } catch (IOException | RuntimeException e) {
        throw new StoreException("article " + Excerpt.of(article.id()) + " is stored but not searchable ("
            + e.getMessage() + "); storing it again indexes it", e);
      }
      return fresh ? PutResult.NEW : PutResult.DUPLICATE;
    }
  }

  @Override
  public void makeSearchable() {
    requireOpen();
    try {
      index.refreshIfWritten();
    } catch (IOException e) {
      throw new StoreException("cannot refresh the search index of " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  long[] matchingSequences(String query, long afterSequence, int limit) throws IOException {
    return index.matchingSequences(query, afterSequence, limit);
  }

  @Override
  String instantSql() {
    return "CAST(%s AS timestamptz)";
  }

  private static long sequenceOf(java.sql.Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM article WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Override
  public SearchResult search(String query, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
    requireOpen();
    try {
      return EmbeddedStore.result(db, index.search(query, limit, EmbeddedStore.SEARCH_TIME_LIMIT_NANOS));
    } catch (IOException e) {
      throw new StoreException("cannot search " + where + ": " + e.getMessage(), e);
    }
  }

  @Override
  long indexedDocuments() throws IOException {
    return index.count();
  }

  @Override
  public void reindex() {
    synchronized (writeLock) {
      requireOpen();
      try {
        index.recreate(shards, replicas);
        long after = 0;
        List<StoredArticle> page;
        while (!(page = articles(after, 500)).isEmpty()) {
          for (StoredArticle a : page) {
            index.add(a.sequence(), a.article());
            after = a.sequence();
          }
        }
        index.refresh();
      } catch (IOException e) {
        throw new StoreException("cannot rebuild the search index of " + where + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void saveState(String name, long sequence, StateWriter writer) {
    requireOpen();
    requireStateName(name);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writer.write(bytes);
    } catch (IOException e) {
      throw new StoreException("cannot write the state '" + name + "': " + e.getMessage(), e);
    }
    synchronized (writeLock) {
      try {
        db.write(c -> {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO saved_state (name, sequence, data, saved_at)"
              + " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET sequence = excluded.sequence,"
              + " data = excluded.data, saved_at = excluded.saved_at")) {
            ps.setString(1, name);
            ps.setLong(2, sequence);
            ps.setBytes(3, bytes.toByteArray());
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
          }
          return null;
        });
      } catch (SQLException e) {
        throw new StoreException("cannot save the state '" + name + "' in " + where + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public <T> Optional<T> loadState(String name, StateReader<T> reader) {
    requireOpen();
    requireStateName(name);
    record Saved(long sequence, byte[] data) {}
    Optional<Saved> saved = db.read("the state '" + name + "'", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT sequence, data FROM saved_state WHERE name = ?")) {
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new Saved(rs.getLong(1), rs.getBytes(2))) : Optional.<Saved>empty();
        }
      }
    });
    if (saved.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(reader.read(saved.get().sequence(), new ByteArrayInputStream(saved.get().data())));
    } catch (IOException e) {
      throw new StoreException("cannot read the state '" + name + "' of " + where + ": " + e.getMessage(), e);
    }
  }

  private static void requireStateName(String name) {
    if (!STATE_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a state name is 1 to 64 lower-case letters, digits and hyphens, not '"
          + name + "'");
    }
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      if (!closed) {
        closed = true;
        db.close();
      }
    }
  }
}
