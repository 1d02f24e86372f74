package org.vigie.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Excerpt;

/**
 * The embedded {@link Store}: one directory holding an SQLite database in WAL mode (the system of record, {@link
 * Database}) and a Lucene index derived from it ({@link SearchIndex}), held by one process at a time ({@link
 * DirectoryLock}). This class opens, closes and orders the work; each concern has its own class: migrations,
 * healing the index, writing articles and stories, reading articles, stories and entities, saved states.
 *
 * <p>Crash safety: the database commit is the acknowledgement. The article is then added to the index, where the
 * next search sees it, and the index is committed every {@value #INDEX_COMMIT_EVERY} articles or few seconds, each
 * commit recording the highest database sequence number it holds; opening the store heals the difference.
 */
final class EmbeddedStore extends DatabaseStore {
  static final String INDEX_DIR = "index";
  static final int INDEX_COMMIT_EVERY = 1000;
  private static final long INDEX_COMMIT_NANOS = 5_000_000_000L;
  /** How long one search may count and rank before it is stopped. */
  static final long SEARCH_TIME_LIMIT_NANOS = 5_000_000_000L;

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStore.class);

  private final Path dir;
  private final DirectoryLock lock;
  private final SearchIndex index;
  private final IndexHealing healing;
  private final StateFiles states;
  private long lastIndexCommit = System.nanoTime();

  /** For tests: when set, {@link #put} stops after the database commit, as a crash right there would. */
  volatile boolean indexingSuspended;

  /** The time limit of a search; tests make it zero. */
  volatile long searchTimeLimitNanos = SEARCH_TIME_LIMIT_NANOS;

  /** For tests: commit the index after this many articles (crash tests use a small number). */
  volatile int indexCommitEvery = INDEX_COMMIT_EVERY;

  private EmbeddedStore(Path dir, DirectoryLock lock, Database db, SearchIndex index, int schemaVersion,
      Consumer<String> notices) {
    super(db, dir.toString(), schemaVersion);
    this.dir = dir;
    this.lock = lock;
    this.index = index;
    this.healing = new IndexHealing(dir, db.writer(), index, notices);
    this.states = new StateFiles(dir);
  }

  static EmbeddedStore open(Path dir) {
    return open(dir, Migrations.bundled());
  }

  static EmbeddedStore open(Path dir, Migrations migrations) {
    return open(dir, migrations, LOG::warn);
  }

  /**
   * @param notices told what opening repaired: an index rebuilt from the database, a row left out of search
   */
  static EmbeddedStore open(Path dir, Migrations migrations, Consumer<String> notices) {
    Path where = dir.toAbsolutePath().normalize();
    DirectoryLock lock = null;
    Database db = null;
    SearchIndex index = null;
    try {
      if (Files.exists(where) && !Files.isDirectory(where)) {
        throw new StoreException("the store at " + where + " cannot be opened: it is a file, not a directory");
      }
      Files.createDirectories(where);
      lock = DirectoryLock.acquire(where);
      db = Database.open(where);
      int version = migrations.migrate(db.writer(), where.toString());
      index = SearchIndex.open(where.resolve(INDEX_DIR), notices);
      EmbeddedStore store = new EmbeddedStore(where, lock, db, index, version, notices);
      store.healing.heal();
      return store;
    } catch (IOException | SQLException | RuntimeException e) {
      if (index != null) {
        try {
          index.abandon(); // commit nothing from a failed open
        } catch (IOException | RuntimeException ignored) {
          // The original failure is the one to report.
        }
      }
      if (db != null) {
        db.close();
      }
      if (lock != null) {
        lock.close();
      }
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store at " + where + ": " + e.getMessage(), e);
    }
  }

  // ---------------------------------------------------------------------------------------------- writes

  @Override
  public PutResult put(AnalyzedArticle article, @Nullable String storyId) {
    synchronized (writeLock) {
      requireOpen();
      long sequence;
      try {
        sequence = db.write(writer -> ArticleWriter.insert(writer, article, storyId));
      } catch (SQLException | RuntimeException e) {
        throw new StoreException("cannot store article " + Excerpt.of(article.id()) + " in " + dir + ": "
            + e.getMessage(), e);
      }
      if (sequence == 0) {
        return PutResult.DUPLICATE;
      }
      index(sequence, article);
      return PutResult.NEW;
    }
  }

  /** Adds a stored article to the search index, and commits the index when the policy says so. */
  private void index(long sequence, AnalyzedArticle article) {
    synchronized (writeLock) {
      if (indexingSuspended) {
        return;
      }
      try {
        index.add(sequence, article);
      } catch (IllegalArgumentException e) {
        index.refuse(sequence);
        throw new StoreException(IndexHealing.leftOutOfSearch(dir, article.id(), e), e);
      } catch (IOException | RuntimeException e) {
        throw new StoreException("article " + Excerpt.of(article.id()) + " is stored but not yet searchable ("
            + e.getMessage() + "); it will be indexed when the store at " + dir + " is next opened", e);
      }
      try {
        if (index.uncommitted() >= indexCommitEvery || System.nanoTime() - lastIndexCommit > INDEX_COMMIT_NANOS) {
          commitIndex();
        }
      } catch (IOException | RuntimeException e) {
        throw new StoreException("article " + Excerpt.of(article.id()) + " is stored and searchable, but the"
            + " search index of " + dir + " cannot be committed (" + e.getMessage() + "); it will be healed when the"
            + " store is next opened", e);
      }
    }
  }

  /**
   * The batch in one database transaction, so one commit to disk for all; then each new article is indexed as
   * {@link #put} indexes it. When the transaction fails, nothing of it is kept and each article is put alone.
   */
  @Override
  public List<PutOutcome> putAll(List<ArticlePut> batch) {
    if (batch.isEmpty()) {
      return List.of();
    }
    synchronized (writeLock) {
      requireOpen();
      long[] sequences;
      try {
        sequences = db.write(writer -> {
          long[] out = new long[batch.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = ArticleWriter.insert(writer, batch.get(i).article(), batch.get(i).storyId());
          }
          return out;
        });
      } catch (SQLException | RuntimeException e) {
        return PutOutcome.oneByOne(this, batch);
      }
      List<PutOutcome> out = new ArrayList<>(batch.size());
      for (int i = 0; i < sequences.length; i++) {
        AnalyzedArticle article = batch.get(i).article();
        if (sequences[i] == 0) {
          out.add(PutOutcome.of(article.id(), PutResult.DUPLICATE));
          continue;
        }
        try {
          index(sequences[i], article);
          out.add(PutOutcome.of(article.id(), PutResult.NEW));
        } catch (StoreException e) {
          out.add(PutOutcome.failed(article.id(), e));
        }
      }
      return out;
    }
  }

  @Override
  public void reindex() {
    synchronized (writeLock) {
      requireOpen();
      try {
        healing.rebuild();
        lastIndexCommit = System.nanoTime();
      } catch (SQLException | IOException e) {
        throw new StoreException("cannot rebuild the search index of " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void saveState(String name, long sequence, StateWriter writer) {
    requireOpen();
    try {
      states.save(name, sequence, writer);
    } catch (IOException e) {
      throw new StoreException("cannot save the state '" + name + "' in the store at " + dir + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public <T> Optional<T> loadState(String name, StateReader<T> reader) {
    requireOpen();
    try {
      return states.load(name, reader);
    } catch (IOException e) {
      throw new StoreException("cannot read the state '" + name + "' of the store at " + dir + ": "
          + e.getMessage(), e);
    }
  }

  // ----------------------------------------------------------------------------------------------- reads

  @Override
  public SearchResult search(String query, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
    requireOpen();
    SearchIndex.Found found;
    try {
      found = index.search(query, limit, searchTimeLimitNanos);
    } catch (IOException e) {
      throw new StoreException("cannot search the store at " + dir + ": " + e.getMessage(), e);
    }
    return result(db, found);
  }

  /** The hits of the index completed with what the database knows now (the story may have changed since). */
  static SearchResult result(Database db, SearchIndex.Found found) {
    List<SearchIndex.RawHit> raw = found.hits();
    Map<String, HitRow> rows = raw.isEmpty() ? Map.of() : db.read("search hits", c -> hitRows(c, raw));
    List<SearchResult.Hit> hits = new ArrayList<>(raw.size());
    for (SearchIndex.RawHit h : raw) {
      HitRow row = rows.get(h.articleId());
      if (row == null) {
        continue; // cannot happen: the index holds only stored articles
      }
      hits.add(new SearchResult.Hit(h.articleId(), h.title(), h.snippet(), row.storyId(), row.outlet(),
          row.published(), row.language(), h.score()));
    }
    return new SearchResult(found.total(), hits, found.facets());
  }

  /** What a hit shows that may change after indexing (the story) or is simplest read from the database. */
  private record HitRow(
      @Nullable String storyId, @Nullable String outlet, @Nullable LocalDate published, @Nullable String language) {}

  private static Map<String, HitRow> hitRows(java.sql.Connection c, List<SearchIndex.RawHit> hits)
      throws SQLException {
    String marks = String.join(", ", Collections.nCopies(hits.size(), "?"));
    try (var ps = c.prepareStatement("SELECT id, story_id, outlet, published,"
        + " coalesce(language, language_hint) FROM article WHERE id IN (" + marks + ")")) {
      Database.bind(ps, hits.stream().map(SearchIndex.RawHit::articleId).toList());
      Map<String, HitRow> out = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new HitRow(rs.getString(2), rs.getString(3), Database.date(rs.getString(4)),
              rs.getString(5)));
        }
      }
      return out;
    }
  }

  @Override
  long[] matchingSequences(String query, long afterSequence, int limit) throws IOException {
    return index.matchingSequences(query, afterSequence, limit);
  }

  @Override
  long indexedDocuments() throws IOException {
    return index.count();
  }

  /** The store's directory, absolute. */
  Path directory() {
    return dir;
  }

  @Override
  public void close() {
    synchronized (writeLock) {
      if (closed) {
        return;
      }
      closed = true;
      IOException indexError = null;
      try {
        index.close();
      } catch (IOException e) {
        indexError = e;
      }
      db.close();
      lock.close();
      if (indexError != null) {
        throw new StoreException("cannot commit the search index of " + dir + " (it will be rebuilt from the"
            + " database when the store is next opened): " + indexError.getMessage(), indexError);
      }
    }
  }

  /** Releases everything without committing the index, as {@code kill -9} would. For tests. */
  void simulateCrash() throws IOException {
    synchronized (writeLock) {
      closed = true;
      index.abandon();
      db.close();
      lock.close();
    }
  }

  /** Commits the index now, whatever the policy. */
  void commitIndex() throws IOException {
    synchronized (writeLock) {
      index.commit();
      lastIndexCommit = System.nanoTime();
    }
  }
}
