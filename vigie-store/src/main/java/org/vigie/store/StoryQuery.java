package org.vigie.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters for {@link Store#stories}; every null filter matches everything.
 *
 * @param since    stories still running on or after this date
 * @param until    stories that started on or before this date
 * @param entity   a substring of an entity name in one of the story's articles, accents and case ignored
 * @param outlet   an outlet of one of the story's articles, exactly
 * @param language the language of one of the story's articles (ISO 639-1)
 * @param limit    the most stories to return
 */
public record StoryQuery(
    @Nullable LocalDate since,
    @Nullable LocalDate until,
    @Nullable String entity,
    @Nullable String outlet,
    @Nullable String language,
    int limit) {

  public static final int DEFAULT_LIMIT = 50;

  public StoryQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
  }

  public static StoryQuery all() {
    return new StoryQuery(null, null, null, null, null, DEFAULT_LIMIT);
  }

  public StoryQuery withSince(@Nullable LocalDate date) {
    return new StoryQuery(date, until, entity, outlet, language, limit);
  }

  public StoryQuery withUntil(@Nullable LocalDate date) {
    return new StoryQuery(since, date, entity, outlet, language, limit);
  }

  public StoryQuery withEntity(@Nullable String name) {
    return new StoryQuery(since, until, name, outlet, language, limit);
  }

  public StoryQuery withOutlet(@Nullable String name) {
    return new StoryQuery(since, until, entity, name, language, limit);
  }

  public StoryQuery withLanguage(@Nullable String iso639) {
    return new StoryQuery(since, until, entity, outlet, iso639, limit);
  }

  public StoryQuery withLimit(int max) {
    return new StoryQuery(since, until, entity, outlet, language, max);
  }
}
