package org.vigie.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which articles an export, a count or a count over time covers; every null filter matches everything. The same
 * filter gives the same articles to {@link Store#count}, {@link Store#countByDay} and {@link Store#forEachArticle}.
 *
 * @param query    a full-text query as {@link Store#search} reads it; null or blank for every article
 * @param since    articles published on or after this date (articles without a date are left out)
 * @param until    articles published on or before this date (articles without a date are left out)
 * @param outlet   the outlet, exactly
 * @param language the identified language, else the input's hint (ISO 639-1)
 * @param entityId articles that mention this store-wide entity ({@link org.vigie.model.EntityId})
 */
public record ArticleFilter(
    @Nullable String query,
    @Nullable LocalDate since,
    @Nullable LocalDate until,
    @Nullable String outlet,
    @Nullable String language,
    @Nullable String entityId) {

  public static ArticleFilter all() {
    return new ArticleFilter(null, null, null, null, null, null);
  }

  /** Whether a full-text query narrows the articles (else the database alone answers). */
  public boolean hasQuery() {
    return query != null && !query.isBlank();
  }

  public ArticleFilter withQuery(@Nullable String q) {
    return new ArticleFilter(q, since, until, outlet, language, entityId);
  }

  public ArticleFilter withSince(@Nullable LocalDate date) {
    return new ArticleFilter(query, date, until, outlet, language, entityId);
  }

  public ArticleFilter withUntil(@Nullable LocalDate date) {
    return new ArticleFilter(query, since, date, outlet, language, entityId);
  }

  public ArticleFilter withOutlet(@Nullable String name) {
    return new ArticleFilter(query, since, until, name, language, entityId);
  }

  public ArticleFilter withLanguage(@Nullable String iso639) {
    return new ArticleFilter(query, since, until, outlet, iso639, entityId);
  }

  public ArticleFilter withEntity(@Nullable String id) {
    return new ArticleFilter(query, since, until, outlet, language, id);
  }
}
