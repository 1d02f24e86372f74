package org.vigie.store;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a full-text search.
 *
 * @param total  how many articles match, exactly
 * @param hits   the best matches, best first
 * @param facets counts over all matching articles, by outlet, language and entity
 */
public record SearchResult(long total, List<Hit> hits, Facets facets) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  /**
   * One matching article.
   *
   * @param title    the plain title (not escaped)
   * @param snippet  a passage of the title or body, plain text with the offsets of the matched terms
   * @param storyId  the story the article belongs to now, when it has one
   * @param language the identified language, else the input's hint, when either is known
   */
  public record Hit(
      String articleId,
      String title,
      Snippet snippet,
      @Nullable String storyId,
      @Nullable String outlet,
      @Nullable LocalDate published,
      @Nullable String language,
      float score) {}

  /** Facet counts, largest first. */
  public record Facets(List<Count> outlets, List<Count> languages, List<Count> entities) {
    public Facets {
      outlets = List.copyOf(outlets);
      languages = List.copyOf(languages);
      entities = List.copyOf(entities);
    }

    public static Facets empty() {
      return new Facets(List.of(), List.of(), List.of());
    }
  }

  public record Count(String value, long count) {}
}
