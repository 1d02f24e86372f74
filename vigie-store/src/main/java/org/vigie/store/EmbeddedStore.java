package org.vigie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.ContentHash;
import org.vigie.model.Entity;
import org.vigie.model.Excerpt;
import org.vigie.model.EntityType;
import org.vigie.model.Quote;

/**
 * The embedded {@link Store}: one directory holding an SQLite database in WAL mode (the system of record) and a
 * Lucene index derived from it.
 *
 * <p>Crash safety: the database commit is the acknowledgement. The article is then added to the index, where the
 * next search sees it (the near-real-time reader is refreshed before a search when anything changed), and the index
 * is committed every {@value #INDEX_COMMIT_EVERY} articles or few seconds, each
 * commit recording the highest database sequence number it holds. Opening the store indexes every row after that
 * watermark again (by article id, so nothing doubles), which heals a crash between the two commits; an index that
 * disagrees with the database, or cannot be read, is rebuilt from it.
 *
 * <p>Writes go through one connection, one at a time; reads use pooled connections, each in its own snapshot.
 */
public final class EmbeddedStore implements Store {
  static final String DATABASE_FILE = "vigie.db";
  static final String INDEX_DIR = "index";
  private static final String LOCK_FILE = "store.lock";
  static final int INDEX_COMMIT_EVERY = 1000;
  private static final long INDEX_COMMIT_NANOS = 5_000_000_000L;
  private static final int IDLE_READERS = 4;
  private static final int MAX_ENTITIES = 200;
  private static final int MAX_SLUG_CHARS = 120;

  private static final String ARTICLE_COLUMNS =
      "a.seq, a.id, a.source, a.url, a.outlet, a.title, a.published, a.language_hint, a.body, a.metadata, a.layers,"
          + " a.analysis, a.story_id";

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedStore.class);

  private final Path dir;
  private final String url;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Connection writer;
  private final SearchIndex index;
  private final int schemaVersion;
  private final Consumer<String> notices;
  private final Object writeLock = new Object();
  private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
  private volatile boolean closed;
  private long lastIndexCommit = System.nanoTime();

  /** For tests: when set, {@link #put} stops after the database commit, as a crash right there would. */
  volatile boolean indexingSuspended;

  /** How long one search may count and rank before it is stopped. */
  static final long SEARCH_TIME_LIMIT_NANOS = 5_000_000_000L;

  /** The time limit of a search; tests make it zero. */
  volatile long searchTimeLimitNanos = SEARCH_TIME_LIMIT_NANOS;

  /** For tests: commit the index after this many articles (crash tests use a small number). */
  volatile int indexCommitEvery = INDEX_COMMIT_EVERY;

  private EmbeddedStore(Path dir, String url, FileChannel lockChannel, FileLock lock, Connection writer,
      SearchIndex index, int schemaVersion, Consumer<String> notices) {
    this.dir = dir;
    this.url = url;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.writer = writer;
    this.index = index;
    this.schemaVersion = schemaVersion;
    this.notices = notices;
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
    FileChannel lockChannel = null;
    FileLock lock = null;
    Connection writer = null;
    SearchIndex index = null;
    try {
      if (Files.exists(where) && !Files.isDirectory(where)) {
        throw new StoreException("the store at " + where + " cannot be opened: it is a file, not a directory");
      }
      Files.createDirectories(where);
      lockChannel = FileChannel.open(where.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new StoreInUseException("the store at " + where + " is already open in another process or store"
            + " instance");
      }
      String url = "jdbc:sqlite:" + where.resolve(DATABASE_FILE);
      writer = connect(url, false);
      int version = migrations.migrate(writer, where.toString());
      index = SearchIndex.open(where.resolve(INDEX_DIR), notices);
      EmbeddedStore store = new EmbeddedStore(where, url, lockChannel, lock, writer, index, version, notices);
      store.heal();
      return store;
    } catch (IOException | SQLException | RuntimeException e) {
      if (index != null) {
        try {
          index.abandon(); // commit nothing from a failed open
        } catch (IOException | RuntimeException ignored) {
          // The original failure is the one to report.
        }
      }
      closeQuietly(writer, lock, lockChannel);
      if (e instanceof StoreException se) {
        throw se;
      }
      throw new StoreException("cannot open the store at " + where + ": " + e.getMessage(), e);
    }
  }

  private static Connection connect(String url, boolean readOnly) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL: a commit is on disk when it returns, so an acknowledged article survives power loss as well as kill -9.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(10_000);
    config.enforceForeignKeys(true);
    Connection c = DriverManager.getConnection(url, config.toProperties());
    try (Statement st = c.createStatement()) {
      if (readOnly) {
        st.execute("PRAGMA query_only = 1");
      }
    }
    c.setAutoCommit(false);
    return c;
  }

  /** Indexes the rows the last index commit does not hold; rebuilds the index when it disagrees with the database. */
  private void heal() throws SQLException, IOException {
    long watermark = index.committedSequence();
    long rowsUpTo;
    long maxSequence;
    try (PreparedStatement ps = writer.prepareStatement(
        "SELECT (SELECT count(*) FROM article WHERE seq <= ?), (SELECT coalesce(max(seq), 0) FROM article)")) {
      ps.setLong(1, watermark);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        rowsUpTo = rs.getLong(1);
        maxSequence = rs.getLong(2);
      }
    }
    writer.rollback();
    long indexed = index.count();
    if (watermark > maxSequence || indexed + index.refused() != rowsUpTo) {
      notices.accept("the search index of " + dir + " holds " + indexed + " article(s) where the database has "
          + rowsUpTo + " up to its last commit; it is rebuilt from the database");
      rebuildIndex();
      return;
    }
    if (indexRowsAfter(watermark) > 0) {
      index.commit();
      index.refresh();
    }
  }

  private void rebuildIndex() throws SQLException, IOException {
    index.clear();
    indexRowsAfter(0);
    index.commit();
    index.refresh();
    lastIndexCommit = System.nanoTime();
  }

  private int indexRowsAfter(long sequence) throws SQLException, IOException {
    int n = 0;
    try (PreparedStatement ps = writer.prepareStatement(
        "SELECT " + ARTICLE_COLUMNS + " FROM article a WHERE a.seq > ? ORDER BY a.seq")) {
      ps.setLong(1, sequence);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long row = rs.getLong("seq");
          try {
            index.add(row, storedArticle(rs).article());
            n++;
          } catch (RuntimeException e) {
            // One row that cannot be indexed must not keep the store from opening: it is left out of search.
            index.refuse(row);
            notices.accept(leftOutOfSearch(rs.getString("id"), e));
          }
        }
      }
    } finally {
      writer.rollback();
    }
    return n;
  }

  private String leftOutOfSearch(String articleId, Exception cause) {
    return "article " + Excerpt.of(articleId) + " of the store at " + dir + " is left out of search: the index"
        + " cannot take it (" + cause.getMessage() + ")";
  }

  // ---------------------------------------------------------------------------------------------- writes

  @Override
  public PutResult put(AnalyzedArticle article, @Nullable String storyId) {
    synchronized (writeLock) {
      requireOpen();
      long sequence;
      try {
        sequence = insert(article, storyId);
        writer.commit();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw new StoreException("cannot store article " + Excerpt.of(article.id()) + " in " + dir + ": "
            + e.getMessage(), e);
      }
      if (sequence == 0) {
        return PutResult.DUPLICATE;
      }
      if (indexingSuspended) {
        return PutResult.NEW;
      }
      try {
        index.add(sequence, article);
      } catch (IllegalArgumentException e) {
        index.refuse(sequence);
        throw new StoreException(leftOutOfSearch(article.id(), e), e);
      } catch (IOException | RuntimeException e) {
        throw new StoreException("article " + Excerpt.of(article.id()) + " is stored but not yet searchable ("
            + e.getMessage() + "); it will be indexed when the store at " + dir + " is next opened", e);
      }
      try {
        if (index.uncommitted() >= indexCommitEvery || System.nanoTime() - lastIndexCommit > INDEX_COMMIT_NANOS) {
          index.commit();
          lastIndexCommit = System.nanoTime();
        }
      } catch (IOException | RuntimeException e) {
        throw new StoreException("article " + Excerpt.of(article.id()) + " is stored and searchable, but the"
            + " search index of " + dir + " cannot be committed (" + e.getMessage() + "); it will be healed when the"
            + " store is next opened", e);
      }
      return PutResult.NEW;
    }
  }

  /** Inserts the article and its entities and quotes; returns its sequence number, or 0 when the id was stored. */
  private long insert(AnalyzedArticle article, @Nullable String storyId) throws SQLException {
    String id = article.id();
    try (PreparedStatement ps = writer.prepareStatement("INSERT INTO article (id, story_id, source, url, outlet,"
        + " title, published, language, language_hint, body, metadata, layers, analysis, stored_at)"
        + " VALUES (?, coalesce(?, (SELECT story_id FROM story_member WHERE article_id = ?)),"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
      int i = 0;
      ps.setString(++i, id);
      ps.setString(++i, storyId);
      ps.setString(++i, id);
      ps.setString(++i, article.source());
      ps.setString(++i, article.article().url());
      ps.setString(++i, article.outlet());
      ps.setString(++i, article.title());
      ps.setString(++i, article.published());
      ps.setString(++i, article.language());
      ps.setString(++i, article.article().language());
      ps.setString(++i, article.article().body());
      ps.setString(++i, ArticleCodec.metadataJson(article.article().metadata()));
      ps.setString(++i, ArticleCodec.layers(article.layers()));
      ps.setString(++i, ArticleCodec.contractJson(article));
      ps.setString(++i, Instant.now().toString());
      if (ps.executeUpdate() == 0) {
        return 0;
      }
    }
    long sequence;
    try (PreparedStatement ps = writer.prepareStatement("SELECT seq FROM article WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        sequence = rs.getLong(1);
      }
    }
    if (storyId != null) {
      try (PreparedStatement ps = writer.prepareStatement("INSERT INTO story_member (article_id, story_id)"
          + " VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id")) {
        ps.setString(1, id);
        ps.setString(2, storyId);
        ps.executeUpdate();
      }
    }
    Map<String, String> globalIds = insertEntities(sequence, article.entities());
    insertQuotes(sequence, article.quotes(), globalIds);
    return sequence;
  }

  private Map<String, String> insertEntities(long sequence, List<Entity> entities) throws SQLException {
    Map<String, String> globalIds = new HashMap<>();
    try (PreparedStatement entity = writer.prepareStatement(
            "INSERT INTO entity (id, type, name, folded_name) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
        PreparedStatement link = writer.prepareStatement("INSERT INTO article_entity"
            + " (article_seq, local_id, entity_id, mentions) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
        PreparedStatement role = writer.prepareStatement(
            "INSERT INTO entity_role (entity_id, article_seq, ord, role) VALUES (?, ?, ?, ?)")) {
      int roleOrder = 0;
      for (Entity e : entities) {
        String global = entityId(e.type(), e.name());
        globalIds.put(e.id(), global);
        entity.setString(1, global);
        entity.setString(2, e.type().name());
        entity.setString(3, e.name());
        entity.setString(4, Text.fold(e.name()));
        entity.executeUpdate();
        link.setLong(1, sequence);
        link.setString(2, e.id());
        link.setString(3, global);
        link.setInt(4, e.mentions().size());
        link.executeUpdate();
        for (String r : e.roles()) {
          role.setString(1, global);
          role.setLong(2, sequence);
          role.setInt(3, roleOrder++);
          role.setString(4, r);
          role.executeUpdate();
        }
      }
    }
    return globalIds;
  }

  private void insertQuotes(long sequence, List<Quote> quotes, Map<String, String> globalIds) throws SQLException {
    try (PreparedStatement ps = writer.prepareStatement("INSERT INTO quote (article_seq, ord, text, folded_text,"
        + " start_offset, end_offset, direct, cue, speaker, folded_speaker, speaker_entity_id)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Quote q : quotes) {
        String speaker = q.speaker() == null ? null : q.speaker().name();
        String local = q.speaker() == null ? null : q.speaker().entity();
        int i = 0;
        ps.setLong(++i, sequence);
        ps.setInt(++i, ord++);
        ps.setString(++i, q.text());
        ps.setString(++i, Text.fold(q.text()));
        ps.setInt(++i, q.start());
        ps.setInt(++i, q.end());
        ps.setInt(++i, q.direct() ? 1 : 0);
        ps.setString(++i, q.cue());
        ps.setString(++i, speaker);
        ps.setString(++i, speaker == null ? null : Text.fold(speaker));
        ps.setString(++i, local == null ? null : globalIds.get(local));
        ps.executeUpdate();
      }
    }
  }

  /**
   * The store-wide id of an entity: its type and folded name as a slug ({@code person-jean-dupont}); a slug longer
   * than {@value #MAX_SLUG_CHARS} characters keeps its start and a hash of the whole, so ids stay fit for a URL.
   */
  static String entityId(EntityType type, String name) {
    String slug = Text.slug(name);
    if (slug.isEmpty()) {
      slug = ContentHash.of(name, "");
    } else if (slug.length() > MAX_SLUG_CHARS) {
      slug = slug.substring(0, MAX_SLUG_CHARS - 17) + "-" + ContentHash.of(slug, "");
    }
    return type.name().toLowerCase(Locale.ROOT) + "-" + slug;
  }

  @Override
  public void putStory(StoryRecord story) {
    try {
      ArticleCodec.MAPPER.readTree(story.dossier());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("story " + story.id() + ": the dossier is not a JSON document: "
          + e.getOriginalMessage(), e);
    }
    synchronized (writeLock) {
      requireOpen();
      try {
        try (PreparedStatement ps = writer.prepareStatement("INSERT INTO story (id, title, first_date, last_date,"
            + " size, article_ids, dossier, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
            + " SET title = excluded.title, first_date = excluded.first_date, last_date = excluded.last_date,"
            + " size = excluded.size, article_ids = excluded.article_ids, dossier = excluded.dossier,"
            + " updated_at = excluded.updated_at")) {
          int i = 0;
          ps.setString(++i, story.id());
          ps.setString(++i, story.title());
          ps.setString(++i, story.firstDate() == null ? null : story.firstDate().toString());
          ps.setString(++i, story.lastDate() == null ? null : story.lastDate().toString());
          ps.setInt(++i, story.size());
          ps.setString(++i, ArticleCodec.write(story.articleIds()));
          ps.setString(++i, story.dossier());
          ps.setString(++i, Instant.now().toString());
          ps.executeUpdate();
        }
        detachMembers(story.id());
        try (PreparedStatement member = writer.prepareStatement("INSERT INTO story_member (article_id, story_id)"
                + " VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id");
            PreparedStatement article = writer.prepareStatement("UPDATE article SET story_id = ? WHERE id = ?")) {
          for (String articleId : new LinkedHashSet<>(story.articleIds())) {
            member.setString(1, articleId);
            member.setString(2, story.id());
            member.executeUpdate();
            article.setString(1, story.id());
            article.setString(2, articleId);
            article.executeUpdate();
          }
        }
        writer.commit();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw new StoreException("cannot store story " + Excerpt.of(story.id()) + " in " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void deleteStory(String id) {
    synchronized (writeLock) {
      requireOpen();
      try {
        try (PreparedStatement ps = writer.prepareStatement("DELETE FROM story WHERE id = ?")) {
          ps.setString(1, id);
          ps.executeUpdate();
        }
        detachMembers(id);
        writer.commit();
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly();
        throw new StoreException("cannot delete story " + Excerpt.of(id) + " from " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  private void detachMembers(String storyId) throws SQLException {
    try (PreparedStatement members = writer.prepareStatement("DELETE FROM story_member WHERE story_id = ?");
        PreparedStatement articles = writer.prepareStatement("UPDATE article SET story_id = NULL WHERE story_id = ?")) {
      members.setString(1, storyId);
      members.executeUpdate();
      articles.setString(1, storyId);
      articles.executeUpdate();
    }
  }

  @Override
  public void reindex() {
    synchronized (writeLock) {
      requireOpen();
      try {
        rebuildIndex();
      } catch (SQLException | IOException e) {
        throw new StoreException("cannot rebuild the search index of " + dir + ": " + e.getMessage(), e);
      }
    }
  }

  // ----------------------------------------------------------------------------------------------- reads

  @Override
  public Optional<String> contentHash(String articleId) {
    return read("article " + Excerpt.of(articleId), db -> {
      try (PreparedStatement ps = db.prepareStatement("SELECT title, body FROM article WHERE id = ?")) {
        ps.setString(1, articleId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(ContentHash.of(rs.getString(1), rs.getString(2))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public Optional<String> articleJson(String id) {
    return read("article " + Excerpt.of(id), db -> {
      try (PreparedStatement ps = db.prepareStatement("SELECT analysis, story_id FROM article WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          return Optional.of(ArticleCodec.withStory(rs.getString(1), rs.getString(2)));
        }
      }
    });
  }

  @Override
  public List<StoredArticle> articles(long afterSequence, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return read("articles", db -> {
      try (PreparedStatement ps = db.prepareStatement(
          "SELECT " + ARTICLE_COLUMNS + " FROM article a WHERE a.seq > ? ORDER BY a.seq LIMIT ?")) {
        ps.setLong(1, afterSequence);
        ps.setInt(2, limit);
        List<StoredArticle> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(storedArticle(rs));
          }
        }
        return out;
      }
    });
  }

  private static StoredArticle storedArticle(ResultSet rs) throws SQLException {
    ArticleCodec.Row row = new ArticleCodec.Row(rs.getString("id"), rs.getString("source"), rs.getString("url"),
        rs.getString("outlet"), rs.getString("title"), rs.getString("published"), rs.getString("language_hint"),
        rs.getString("body"), rs.getString("metadata"), rs.getString("layers"), rs.getString("analysis"));
    return new StoredArticle(rs.getLong("seq"), ArticleCodec.read(row), rs.getString("story_id"));
  }

  @Override
  public Optional<StoryRecord> story(String id) {
    return read("story " + Excerpt.of(id), db -> {
      try (PreparedStatement ps = db.prepareStatement(
          "SELECT id, title, first_date, last_date, article_ids, dossier FROM story WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          List<String> articleIds;
          try {
            articleIds = ArticleCodec.MAPPER.readValue(rs.getString("article_ids"), new TypeReference<>() {});
          } catch (JsonProcessingException e) {
            throw new StoreException("story " + id + ": unreadable article list: " + e.getOriginalMessage(), e);
          }
          return Optional.of(new StoryRecord(rs.getString("id"), rs.getString("title"),
              date(rs.getString("first_date")), date(rs.getString("last_date")), articleIds, rs.getString("dossier")));
        }
      }
    });
  }

  private static final String STORY_SUMMARY_COLUMNS = "s.id, s.title, s.first_date, s.last_date, s.size,"
      + " (SELECT group_concat(o, char(31)) FROM (SELECT DISTINCT a.outlet AS o FROM article a"
      + "   WHERE a.story_id = s.id AND a.outlet IS NOT NULL ORDER BY a.outlet)) AS outlets,"
      + " (SELECT group_concat(l, char(31)) FROM (SELECT DISTINCT a.language AS l FROM article a"
      + "   WHERE a.story_id = s.id AND a.language IS NOT NULL ORDER BY a.language)) AS languages";

  private static final String STORY_ORDER = " ORDER BY s.last_date IS NULL, s.last_date DESC, s.size DESC, s.id";

  @Override
  public List<StorySummary> stories(StoryQuery query) {
    StringBuilder sql = new StringBuilder("SELECT " + STORY_SUMMARY_COLUMNS + " FROM story s WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.since() != null) {
      sql.append(" AND s.last_date >= ?");
      params.add(query.since().toString());
    }
    if (query.until() != null) {
      sql.append(" AND s.first_date <= ?");
      params.add(query.until().toString());
    }
    if (query.entity() != null && !query.entity().isBlank()) {
      sql.append(" AND EXISTS (SELECT 1 FROM article a JOIN article_entity ae ON ae.article_seq = a.seq"
          + " JOIN entity e ON e.id = ae.entity_id WHERE a.story_id = s.id AND instr(e.folded_name, ?) > 0)");
      params.add(Text.fold(query.entity().strip()));
    }
    if (query.outlet() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id AND a.outlet = ?)");
      params.add(query.outlet());
    }
    if (query.language() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id AND a.language = ?)");
      params.add(query.language());
    }
    sql.append(STORY_ORDER).append(" LIMIT ?");
    params.add(query.limit());
    return read("stories", db -> storySummaries(db, sql.toString(), params));
  }

  private static List<StorySummary> storySummaries(Connection db, String sql, List<Object> params)
      throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      bind(ps, params);
      List<StorySummary> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StorySummary(rs.getString("id"), rs.getString("title"), date(rs.getString("first_date")),
              date(rs.getString("last_date")), rs.getInt("size"), split(rs.getString("outlets")),
              split(rs.getString("languages"))));
        }
      }
      return out;
    }
  }

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
    List<SearchIndex.RawHit> raw = found.hits();
    Map<String, HitRow> rows = raw.isEmpty() ? Map.of() : read("search hits", db -> hitRows(db, raw));
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

  private static Map<String, HitRow> hitRows(Connection db, List<SearchIndex.RawHit> hits) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(hits.size(), "?"));
    try (PreparedStatement ps = db.prepareStatement("SELECT id, story_id, outlet, published,"
        + " coalesce(language, language_hint) FROM article WHERE id IN (" + marks + ")")) {
      for (int i = 0; i < hits.size(); i++) {
        ps.setString(i + 1, hits.get(i).articleId());
      }
      Map<String, HitRow> out = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), new HitRow(rs.getString(2), rs.getString(3), date(rs.getString(4)),
              rs.getString(5)));
        }
      }
      return out;
    }
  }

  private static final String ENTITY_SUMMARY_SQL = "SELECT e.id, e.name, e.type,"
      + " (SELECT count(DISTINCT ae.article_seq) FROM article_entity ae WHERE ae.entity_id = e.id) AS articles,"
      + " (SELECT count(*) FROM quote q WHERE q.speaker_entity_id = e.id) AS quotes"
      + " FROM entity e";

  @Override
  public List<EntitySummary> entities(String query) {
    String folded = Text.fold(query.strip());
    return read("entities", db -> {
      try (PreparedStatement ps = db.prepareStatement(ENTITY_SUMMARY_SQL
          + " WHERE instr(e.folded_name, ?) > 0 ORDER BY articles DESC, quotes DESC, e.name LIMIT ?")) {
        ps.setString(1, folded);
        ps.setInt(2, MAX_ENTITIES);
        List<EntitySummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(entitySummary(db, rs));
          }
        }
        return out;
      }
    });
  }

  private static EntitySummary entitySummary(Connection db, ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    Set<String> roles = new LinkedHashSet<>();
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT role FROM entity_role WHERE entity_id = ? ORDER BY article_seq, ord")) {
      ps.setString(1, id);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          roles.add(r.getString(1));
        }
      }
    }
    return new EntitySummary(id, rs.getString("name"), EntityType.valueOf(rs.getString("type")),
        List.copyOf(roles), rs.getInt("articles"), rs.getInt("quotes"));
  }

  @Override
  public Optional<EntityProfile> entity(String id) {
    return read("entity " + Excerpt.of(id), db -> {
      EntitySummary summary;
      try (PreparedStatement ps = db.prepareStatement(ENTITY_SUMMARY_SQL + " WHERE e.id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          summary = entitySummary(db, rs);
        }
      }
      List<EntityProfile.RoleMention> roles = new ArrayList<>();
      try (PreparedStatement ps = db.prepareStatement("SELECT r.role, a.id, a.published FROM entity_role r"
          + " JOIN article a ON a.seq = r.article_seq WHERE r.entity_id = ?"
          + " ORDER BY a.published IS NULL, a.published, a.seq, r.ord")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            roles.add(new EntityProfile.RoleMention(rs.getString(1), rs.getString(2), date(rs.getString(3))));
          }
        }
      }
      List<QuoteRow> quotes = quoteRows(db, " WHERE q.speaker_entity_id = ?", List.of(id), 1_000);
      List<StorySummary> stories = storySummaries(db, "SELECT " + STORY_SUMMARY_COLUMNS + " FROM story s"
          + " WHERE s.id IN (SELECT a.story_id FROM article a JOIN article_entity ae ON ae.article_seq = a.seq"
          + " WHERE ae.entity_id = ?)" + STORY_ORDER, List.of(id));
      return Optional.of(new EntityProfile(summary, roles, quotes, stories));
    });
  }

  @Override
  public List<QuoteRow> quotes(QuoteQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.speaker() != null && !query.speaker().isBlank()) {
      where.append(" AND instr(q.folded_speaker, ?) > 0");
      params.add(Text.fold(query.speaker().strip()));
    }
    if (query.text() != null && !query.text().isBlank()) {
      where.append(" AND instr(q.folded_text, ?) > 0");
      params.add(Text.fold(query.text().strip()));
    }
    if (query.since() != null) {
      where.append(" AND a.published >= ?");
      params.add(query.since().toString());
    }
    return read("quotes", db -> quoteRows(db, where.toString(), params, query.limit()));
  }

  private static List<QuoteRow> quoteRows(Connection db, String where, List<Object> params, int limit)
      throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT q.text, q.speaker, q.speaker_entity_id, q.direct,"
        + " a.id, a.story_id, a.published FROM quote q JOIN article a ON a.seq = q.article_seq" + where
        + " ORDER BY a.published IS NULL, a.published DESC, a.seq DESC, q.ord LIMIT ?")) {
      List<Object> all = new ArrayList<>(params);
      all.add(limit);
      bind(ps, all);
      List<QuoteRow> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new QuoteRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0,
              rs.getString(5), rs.getString(6), date(rs.getString(7))));
        }
      }
      return out;
    }
  }

  @Override
  public Health health() {
    long indexed;
    try {
      requireOpen();
      indexed = index.count();
    } catch (IOException e) {
      throw new StoreException("cannot read the search index of " + dir + ": " + e.getMessage(), e);
    }
    return read("health", db -> {
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM story)")) {
        rs.next();
        return new Health(rs.getLong(1), rs.getLong(2), indexed, schemaVersion);
      }
    });
  }

  /** The store's directory, absolute. */
  public Path directory() {
    return dir;
  }

  // --------------------------------------------------------------------------------------------- plumbing

  @FunctionalInterface
  private interface Query<T> {
    T run(Connection db) throws SQLException;
  }

  /** Runs a read in one snapshot on a pooled connection. */
  private <T> T read(String what, Query<T> query) {
    requireOpen();
    Connection db = idleReaders.poll();
    boolean reusable = false;
    try {
      if (db == null) {
        db = connect(url, true);
      }
      T result = query.run(db);
      db.rollback();
      reusable = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException("cannot read " + what + " from the store at " + dir + ": " + e.getMessage(), e);
    } finally {
      if (db != null) {
        if (reusable && !closed && idleReaders.size() < IDLE_READERS) {
          idleReaders.add(db);
        } else {
          closeQuietly(db);
        }
      }
    }
  }

  private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }

  private static @Nullable LocalDate date(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  private static List<String> split(@Nullable String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\u001f"));
  }

  private void requireOpen() {
    if (closed) {
      throw new StoreException("the store at " + dir + " is closed");
    }
  }

  private void rollbackQuietly() {
    try {
      writer.rollback();
    } catch (SQLException ignored) {
      // The transaction is abandoned either way; the original error is the one to report.
    }
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
      Connection idle;
      while ((idle = idleReaders.poll()) != null) {
        closeQuietly(idle);
      }
      closeQuietly(writer, lock, lockChannel);
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
      Connection idle;
      while ((idle = idleReaders.poll()) != null) {
        closeQuietly(idle);
      }
      closeQuietly(writer, lock, lockChannel);
    }
  }

  /** Commits the index now, whatever the policy. For tests. */
  void commitIndex() throws IOException {
    synchronized (writeLock) {
      index.commit();
      lastIndexCommit = System.nanoTime();
    }
  }

  private static void closeQuietly(@Nullable Object... resources) {
    for (Object r : resources) {
      try {
        if (r instanceof AutoCloseable c) {
          c.close();
        } else if (r instanceof FileLock l) {
          l.release();
        }
      } catch (Exception ignored) {
        // Closing after a failure or on shutdown: nothing more useful to do.
      }
    }
  }
}
