package org.vigie.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;

/**
 * Where Vigie keeps analysed articles and stories, and how it queries them. The embedded implementation is a
 * database plus a search index in one directory; a server database and a search cluster can implement the same port.
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
   * Stores one article, durably and atomically: when this returns, the article survives a crash and is searchable.
   * Idempotent by article id: storing an id again changes nothing and returns {@link PutResult#DUPLICATE}.
   *
   * @param storyId the story the article was assigned to, when known
   */
  PutResult put(AnalyzedArticle article, @Nullable String storyId);

  /**
   * Stores or replaces a story; its articles are moved to it. Call it on every change to the story.
   *
   * @throws IllegalArgumentException when the dossier is not well-formed JSON
   */
  void putStory(StoryRecord story);

  /** Removes a story (after the clusterer merged it into another); its articles keep no story until reassigned. */
  void deleteStory(String id);

  /**
   * The content hash of the stored article with this id ({@link org.vigie.model.ContentHash#of} of its title and
   * body), to tell a repeated article from another one sent under a known id.
   */
  Optional<String> contentHash(String articleId);

  /** The article in the analyze-contract JSON shape, plus a {@code "story"} field (null when it has none). */
  Optional<String> articleJson(String id);

  /** Stored articles in ingest order, after {@code afterSequence} (0 for the first page), at most {@code limit}. */
  List<StoredArticle> articles(long afterSequence, int limit);

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

  Health health();

  /** Rebuilds the search index from the database. */
  void reindex();

  /** Commits the search index and releases the store's files. */
  @Override
  void close();
}
