package org.vigie.ingest;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link Ingestor} reads.
 *
 * @param defaultPublished the publication date of articles whose input gives none, or null to leave it unknown
 * @param maxArticleBytes  the largest single-article file, JSON document, feed, HTTP response or JSON Lines line
 * @param httpTimeout      the longest a URL may take, from connecting to the last byte of the response
 * @param allowPrivateRedirects whether a redirect to another origin may lead to a loopback or private address (see
 *                         {@link Redirects})
 */
public record IngestOptions(
    @Nullable LocalDate defaultPublished, long maxArticleBytes, Duration httpTimeout, boolean allowPrivateRedirects) {
  public static final long DEFAULT_MAX_ARTICLE_BYTES = 10L * 1024 * 1024;
  public static final Duration DEFAULT_HTTP_TIMEOUT = Duration.ofSeconds(20);

  /** A byte array cannot be larger than this. */
  private static final long LARGEST_ARRAY = Integer.MAX_VALUE - 8;

  public IngestOptions {
    if (maxArticleBytes <= 0 || maxArticleBytes > LARGEST_ARRAY) {
      throw new IllegalArgumentException("maxArticleBytes must be between 1 and " + LARGEST_ARRAY);
    }
    Objects.requireNonNull(httpTimeout, "httpTimeout");
    if (httpTimeout.isNegative() || httpTimeout.isZero()) {
      throw new IllegalArgumentException("httpTimeout must be positive");
    }
  }

  /** Redirects to private addresses refused. */
  public IngestOptions(@Nullable LocalDate defaultPublished, long maxArticleBytes, Duration httpTimeout) {
    this(defaultPublished, maxArticleBytes, httpTimeout, false);
  }

  /** No default date, 10 MiB per article, 20 seconds per URL, no redirect to a private address. */
  public static IngestOptions defaults() {
    return new IngestOptions(null, DEFAULT_MAX_ARTICLE_BYTES, DEFAULT_HTTP_TIMEOUT);
  }

  public IngestOptions withAllowPrivateRedirects(boolean allow) {
    return new IngestOptions(defaultPublished, maxArticleBytes, httpTimeout, allow);
  }
}
