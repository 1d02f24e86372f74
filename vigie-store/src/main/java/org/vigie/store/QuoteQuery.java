package org.vigie.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Filters for {@link Store#quotes}; every null filter matches everything.
 *
 * @param speaker a substring of the speaker's name, accents and case ignored
 * @param text    a substring of the quote, accents and case ignored
 * @param since   quotes from articles published on or after this date
 * @param limit   the most quotes to return
 */
public record QuoteQuery(@Nullable String speaker, @Nullable String text, @Nullable LocalDate since, int limit) {
  public static final int DEFAULT_LIMIT = 100;

  public QuoteQuery {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
  }

  public static QuoteQuery all() {
    return new QuoteQuery(null, null, null, DEFAULT_LIMIT);
  }

  public QuoteQuery withSpeaker(@Nullable String name) {
    return new QuoteQuery(name, text, since, limit);
  }

  public QuoteQuery withText(@Nullable String contains) {
    return new QuoteQuery(speaker, contains, since, limit);
  }

  public QuoteQuery withSince(@Nullable LocalDate date) {
    return new QuoteQuery(speaker, text, date, limit);
  }

  public QuoteQuery withLimit(int max) {
    return new QuoteQuery(speaker, text, since, max);
  }
}
