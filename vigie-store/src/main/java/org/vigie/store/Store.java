package org.vigie.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;

/**
 * Where Vigie keeps analysed articles and stories, and how it queries them: records in, records out. No JSON
 * document and no HTML fragment crosses this port; a search snippet is text with the offsets of its matches, and
 * each caller escapes it for its own medium. The embedded implementation is a database plus a search index in one
 * directory; a server database and a search cluster can implement the same port.
 *
 * <p>Writes are serialised; reads may run from any number of threads at once.
 */
public interface Store extends AutoCloseable {
  /** The directory {@link #openEmbedded()} uses. */
  Path DEFAULT_DIR = Path.of("vigie-data");

  /** Opens the embedded store in {@link #DEFAULT_DIR}. */
  static Store openEmbedded() {
    return openEmbedded(DEFAULT_DIR);
  }

  /**
   * Opens the embedded store in {@code dir}: creates it when absent, migrates its schema, and indexes any article
   * the database holds but the search index does not yet (after a crash).
   *
   * @throws StoreInUseException when another process (or an open store of this one) holds the directory
   * @throws StoreException      when the store was written by a newer Vigie, or is unreadable
   */
  static Store openEmbedded(Path dir) {
    return EmbeddedStore.open(dir);
  }

  /**
   * Opens the store on server engines: PostgreSQL as the system of record (migrated on open) and OpenSearch for
   * search (its index created on open), one shard and no replica; see {@link #openServer(String, URI, int, int)}.
   */
  static Store openServer(String postgresJdbcUrl, URI opensearch) {
    return openServer(postgresJdbcUrl, opensearch, 1, 0);
  }

  /**
   * Opens the store on server engines.
   *
   * @param postgresJdbcUrl {@code jdbc:postgresql://host:port/database?user=...&password=...}
   * @param opensearch      an OpenSearch node's base URL, {@code http://host:9200}, optionally with the index's
   *     name as its path ({@code http://host:9200/news}; else {@code vigie-articles})
   * @param shards          the search index's primary shards, when this call creates it
   * @param replicas        the search index's replicas of each shard, when this call creates it
   * @throws StoreException when either engine cannot be reached, or the database was written by a newer Vigie
   */
  static Store openServer(String postgresJdbcUrl, URI opensearch, int shards, int replicas) {
    return ServerStore.open(postgresJdbcUrl, opensearch, shards, replicas);
  }

  /**
   * Stores one article, durably and atomically: when this returns, the article survives a crash and is searchable.
   * Idempotent by article id: storing an id again changes nothing and returns {@link PutResult#DUPLICATE}.
   *
   * @param storyId the story the article was assigned to, when known
   */
  PutResult put(AnalyzedArticle article, @Nullable String storyId);

  /**
   * Stores a batch of articles as {@link #put} stores each, in the order given, and reports each one's outcome: a
   * failure is that article's, and the others are stored. The embedded store writes the batch in one transaction
   * (one commit to disk for all), and puts each article alone when that transaction fails, so that the one at fault
   * is named.
   */
  default List<PutOutcome> putAll(List<ArticlePut> batch) {
    return PutOutcome.oneByOne(this, batch);
  }

  /**
   * Makes the articles put so far searchable from other processes too, at once: a writer calls it after a batch of
   * {@link #put}s. A server store refreshes its search engine, whose own refresh interval would otherwise leave them
   * unseen by the servers for up to that interval; the embedded store, open in one process only, has nothing to do.
   */
  default void makeSearchable() {}

  /** Stores or replaces a story and its dossier; the articles it lists are moved to it. */
  void putStory(StoryRecord story);

  /** Stores or replaces stories as {@link #putStory} does, all or none (one transaction in a database store). */
  default void putStories(List<StoryRecord> stories) {
    stories.forEach(this::putStory);
  }

  /** Removes a story; its articles keep no story until another claims them. */
  void deleteStory(String id);

  /**
   * The content hash of the stored article with this id ({@link org.vigie.model.ContentHash#of} of its title and
   * body), to tell a repeated article from another one sent under a known id.
   */
  Optional<String> contentHash(String articleId);

  /** The stored article with this id: its analysis (without tokens) and its current story. */
  Optional<StoredArticle> article(String id);

  /** The stored articles among {@code ids}, in the order given; unknown ids are left out. */
  List<StoredArticle> articles(Collection<String> ids);

  /** Stored articles in ingest order, after {@code afterSequence} (0 for the first page), at most {@code limit}. */
  List<StoredArticle> articles(long afterSequence, int limit);

  /** The sequence number of the last article stored, 0 for an empty store. */
  long lastSequence();

  /** Stories matching the query, most recent first, then largest. */
  List<StorySummary> stories(StoryQuery query);

  Optional<StoryRecord> story(String id);

  /**
   * Full-text search over titles and bodies, in each article's language, accents and case ignored. The query
   * accepts words (all must match), quoted phrases, {@code OR}, {@code NOT}, {@code -word}, parentheses,
   * {@code word*} and {@code word~}; {@code /}, {@code :} and {@code !} are ordinary characters; a blank query
   * matches every article. Sees every article whose {@link #put} has returned.
   *
   * @param limit the most hits to return (at most 1,000); 0 for the total and facets only
   * @throws InvalidQueryException  when the query is malformed (the message says how to write it), over 1,000
   *     characters, a regular expression or a range, or a wildcard or fuzzy term over the bounds
   * @throws SearchTimeoutException when the search runs past its time limit (5 s)
   */
  SearchResult search(String query, int limit);

  /**
   * Entities whose name contains {@code query} (accents and case ignored; empty for all), in the most articles
   * first; at most 200.
   */
  List<EntitySummary> entities(String query);

  Optional<EntityProfile> entity(String id);

  /** Quotes matching the query, most recent first. */
  List<QuoteRow> quotes(QuoteQuery query);

  /**
   * How many articles the filter matches, exactly: as many as {@link #forEachArticle} gives.
   *
   * @throws InvalidQueryException when the filter's query is malformed
   */
  long count(ArticleFilter filter);

  /**
   * How many articles the filter matches per publication day, oldest day first; days without any are left out, and
   * so are articles without a publication date.
   *
   * @throws InvalidQueryException when the filter's query is malformed
   */
  List<DayCount> countByDay(ArticleFilter filter);

  /** The most articles {@link #articles(ArticleFilter, long, int)} returns at once. */
  int MAX_PAGE = 1000;

  /**
   * One page of the articles the filter matches, in ingest order: those after {@code afterSequence} (0 for the
   * first page; then the sequence of the last article of the previous page), at most {@code limit}. Walking every
   * page gives exactly {@link #count} articles.
   *
   * @param limit 1 to {@link #MAX_PAGE}
   * @throws InvalidQueryException when the filter's query is malformed
   */
  List<StoredArticle> articles(ArticleFilter filter, long afterSequence, int limit);

  /**
   * Gives {@code each} every article the filter matches, in ingest order, reading them {@value #WALK_PAGE} at a
   * time: memory does not grow with the number of articles, and no read stays open while {@code each} runs. An
   * exception {@code each} throws stops the walk and is thrown from here.
   *
   * @throws InvalidQueryException when the filter's query is malformed
   */
  default void forEachArticle(ArticleFilter filter, Consumer<StoredArticle> each) {
    long after = 0;
    while (true) {
      List<StoredArticle> page = articles(filter, after, WALK_PAGE);
      page.forEach(each);
      if (page.size() < WALK_PAGE) {
        return;
      }
      after = page.getLast().sequence();
    }
  }

  /** Articles per page of {@link #forEachArticle}. */
  int WALK_PAGE = 200;

  /** Stories last written at or after {@code since} (null for all), the most recently written first; at most {@code limit}. */
  List<StoryChange> storyChanges(@Nullable Instant since, int limit);

  /**
   * Counts an input that did not become an article in the completeness ledger (stored articles count themselves in
   * {@link #put}): under the outlet and publication date of the stored article {@code articleId} when there is one,
   * else under the host of {@code source} when it is a URL, on the day of ingest.
   */
  void recordOutcome(IngestOutcome outcome, @Nullable String articleId, String source);

  /** The completeness ledger: one line per outlet and day, by outlet then day. */
  List<SourceDay> sourceDays();

  Health health();

  /** Rebuilds the search index from the database. */
  void reindex();

  /**
   * Saves a state that another component keeps in its own format (the story clusterer's), durably and atomically:
   * after a crash the last state saved is whole. Readers of the store never see it.
   *
   * @param name     lower-case letters, digits and hyphens
   * @param sequence the last article sequence the state accounts for
   */
  void saveState(String name, long sequence, StateWriter writer);

  /** The last state saved under {@code name}, as {@code reader} reads it; empty when none was saved. */
  <T> Optional<T> loadState(String name, StateReader<T> reader);

  /** Writes a state saved with {@link #saveState}. */
  @FunctionalInterface
  interface StateWriter {
    void write(OutputStream out) throws IOException;
  }

  /** Reads a state saved with {@link #saveState}, given the sequence it was saved with. */
  @FunctionalInterface
  interface StateReader<T> {
    T read(long sequence, InputStream in) throws IOException;
  }

  /** Commits the search index and releases the store's files. */
  @Override
  void close();
}
