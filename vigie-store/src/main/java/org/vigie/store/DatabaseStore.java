package org.vigie.store;

import java.io.IOException;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Excerpt;

/**
 * What both stores do the same way over their system of record: the story writes and every read but search, with
 * the same SQL on SQLite and PostgreSQL. Writes are serialised on {@link #writeLock}.
 */
abstract class DatabaseStore implements Store {
  final Database db;
  /** Names the store in messages: its directory, or its engines. */
  final String where;
  /** The schema version the migrations left the database at. */
  final int schemaVersion;
  final Object writeLock = new Object();
  volatile boolean closed;

  DatabaseStore(Database db, String where, int schemaVersion) {
    this.db = db;
    this.where = where;
    this.schemaVersion = schemaVersion;
  }

  @Override
  public void putStory(StoryRecord story) {
    synchronized (writeLock) {
      requireOpen();
      try {
        db.write(c -> {
          StoryWriter.put(c, story);
          return null;
        });
      } catch (SQLException | RuntimeException e) {
        throw new StoreException("cannot store story " + Excerpt.of(story.id()) + " in " + where + ": "
            + e.getMessage(), e);
      }
    }
  }

  @Override
  public void putStories(List<StoryRecord> stories) {
    if (stories.isEmpty()) {
      return;
    }
    synchronized (writeLock) {
      requireOpen();
      try {
        db.write(c -> {
          for (StoryRecord story : stories) {
            StoryWriter.put(c, story);
          }
          return null;
        });
      } catch (SQLException | RuntimeException e) {
        throw new StoreException("cannot store the " + stories.size() + " stories from " + Excerpt.of(
            stories.getFirst().id()) + " in " + where + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  public void deleteStory(String id) {
    synchronized (writeLock) {
      requireOpen();
      try {
        db.write(c -> {
          StoryWriter.delete(c, id);
          return null;
        });
      } catch (SQLException | RuntimeException e) {
        throw new StoreException("cannot delete story " + Excerpt.of(id) + " from " + where + ": "
            + e.getMessage(), e);
      }
    }
  }

  @Override
  public Optional<String> contentHash(String articleId) {
    return db.read("article " + Excerpt.of(articleId), c -> ArticleReader.contentHash(c, articleId));
  }

  @Override
  public Optional<StoredArticle> article(String id) {
    return db.read("article " + Excerpt.of(id), c -> ArticleReader.byIds(c, List.of(id))).stream().findFirst();
  }

  @Override
  public List<StoredArticle> articles(Collection<String> ids) {
    return ids.isEmpty() ? List.of() : db.read("articles", c -> ArticleReader.byIds(c, ids));
  }

  @Override
  public List<StoredArticle> articles(long afterSequence, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return db.read("articles", c -> ArticleReader.after(c, afterSequence, limit));
  }

  @Override
  public long lastSequence() {
    return db.read("the last sequence", ArticleReader::lastSequence);
  }

  @Override
  public List<StorySummary> stories(StoryQuery query) {
    return db.read("stories", c -> StoryReader.matching(c, query));
  }

  @Override
  public Optional<StoryRecord> story(String id) {
    return db.read("story " + Excerpt.of(id), c -> StoryReader.byId(c, id));
  }

  @Override
  public List<EntitySummary> entities(String query) {
    return db.read("entities", c -> EntityReader.matching(c, query));
  }

  @Override
  public Optional<EntityProfile> entity(String id) {
    return db.read("entity " + Excerpt.of(id), c -> EntityReader.profile(c, id));
  }

  @Override
  public List<QuoteRow> quotes(QuoteQuery query) {
    return db.read("quotes", c -> EntityReader.quotes(c, query));
  }

  @Override
  public Health health() {
    requireOpen();
    long indexed;
    try {
      indexed = indexedDocuments();
    } catch (IOException e) {
      throw new StoreException("cannot read the search index of " + where + ": " + e.getMessage(), e);
    }
    return db.read("health", c -> {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM story)")) {
        rs.next();
        return new Health(rs.getLong(1), rs.getLong(2), indexed, schemaVersion);
      }
    });
  }

  /** Sequence numbers per page of a walk over a filter inside the store (counts with a query). */
  static final int FILTER_PAGE = 1000;

  /**
   * The sequence numbers the filter matches after {@code after}, ascending, at most {@code limit}: from the database
   * alone without a query, else from the search index in ingest order, each page of matches narrowed by the
   * database to the filter's other conditions until {@code limit} are found or the matches run out.
   */
  private List<Long> sequencesAfter(ArticleFilter filter, long after, int limit) {
    requireOpen();
    if (!filter.hasQuery()) {
      return db.read("articles", c -> FilteredArticles.sequences(c, filter, after, limit, null));
    }
    List<Long> out = new ArrayList<>();
    long from = after;
    while (out.size() < limit) {
      long[] matched;
      try {
        matched = matchingSequences(filter.query(), from, limit);
      } catch (IOException e) {
        throw new StoreException("cannot search the store at " + where + ": " + e.getMessage(), e);
      }
      if (matched.length == 0) {
        break;
      }
      List<Long> among = java.util.Arrays.stream(matched).boxed().toList();
      int wanted = limit - out.size();
      out.addAll(db.read("articles", c -> FilteredArticles.sequences(c, filter, 0, wanted, among)));
      if (matched.length < limit) {
        break;
      }
      from = matched[matched.length - 1];
    }
    return out;
  }

  @Override
  public List<StoredArticle> articles(ArticleFilter filter, long afterSequence, int limit) {
    if (limit <= 0 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE + ", got " + limit);
    }
    List<Long> page = sequencesAfter(filter, afterSequence, limit);
    return page.isEmpty() ? List.of() : db.read("articles", c -> FilteredArticles.bySequences(c, page));
  }

  @Override
  public long count(ArticleFilter filter) {
    if (!filter.hasQuery()) {
      return db.read("the article count", c -> FilteredArticles.count(c, filter));
    }
    long[] total = {0};
    forEachMatchingPage(filter, page -> total[0] += page.size());
    return total[0];
  }

  @Override
  public List<DayCount> countByDay(ArticleFilter filter) {
    java.util.TreeMap<LocalDate, Long> counts = new java.util.TreeMap<>();
    if (!filter.hasQuery()) {
      db.read("counts by day", c -> {
        FilteredArticles.countByDay(c, filter, null, counts);
        return null;
      });
    } else {
      forEachMatchingPage(filter, page -> db.read("counts by day", c -> {
        FilteredArticles.countByDay(c, ArticleFilter.all(), page, counts);
        return null;
      }));
    }
    return counts.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList();
  }

  /** Walks every sequence number a filter with a query matches, a page of {@value #FILTER_PAGE} at a time. */
  private void forEachMatchingPage(ArticleFilter filter, java.util.function.Consumer<List<Long>> each) {
    for (List<Long> page = sequencesAfter(filter, 0, FILTER_PAGE); !page.isEmpty();
        page = sequencesAfter(filter, page.getLast(), FILTER_PAGE)) {
      each.accept(page);
    }
  }

  @Override
  public List<StoryChange> storyChanges(java.time.@Nullable Instant since, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return db.read("story changes", c -> StoryReader.changes(c, since, limit, instantSql()));
  }

  /** The SQL that makes an instant of the ISO-8601 text it wraps ({@code %s}), so that instants sort in time. */
  String instantSql() {
    return "julianday(%s)";
  }

  @Override
  public void recordOutcome(IngestOutcome outcome, @Nullable String articleId, String source) {
    synchronized (writeLock) {
      requireOpen();
      try {
        db.write(writer -> {
          LedgerWriter.outcome(writer, outcome, articleId, source);
          return null;
        });
      } catch (SQLException | RuntimeException e) {
        throw new StoreException("cannot count an ingest outcome of " + Excerpt.of(source) + " in " + where + ": "
            + e.getMessage(), e);
      }
    }
  }

  @Override
  public List<SourceDay> sourceDays() {
    return db.read("the source ledger", LedgerWriter::all);
  }

  /**
   * The sequence numbers of the articles the search index matches for {@code query} after {@code afterSequence},
   * ascending, at most {@code limit}.
   */
  abstract long[] matchingSequences(String query, long afterSequence, int limit) throws IOException;

  /** How many documents the search index holds. */
  abstract long indexedDocuments() throws IOException;

  void requireOpen() {
    if (closed) {
      throw new StoreException("the store at " + where + " is closed");
    }
  }
}
