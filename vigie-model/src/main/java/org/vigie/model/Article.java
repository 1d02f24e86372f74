package org.vigie.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One news article as read from its source, before any analysis.
 *
 * @param id        the input's own id when it has one, else a content hash (see {@link ContentHash})
 * @param source    the path or URL the article was read from, as the user gave it (with a line number for JSON Lines)
 * @param url       the article's canonical URL when known
 * @param outlet    the publishing outlet when known
 * @param title     the headline, possibly empty
 * @param published the publication date when known
 * @param language  an ISO 639-1 hint from the input, when it gives one; the pipeline identifies the language itself
 * @param body      the article body: paragraphs separated by one blank line
 * @param metadata  input fields Vigie has no slot for, kept as given
 */
public record Article(
    String id,
    String source,
    @Nullable String url,
    @Nullable String outlet,
    String title,
    @Nullable LocalDate published,
    @Nullable String language,
    String body,
    Map<String, Object> metadata) {

  /** Separates the title from the body in {@link #text()}. */
  public static final String TITLE_SEPARATOR = "\n\n";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    metadata = Map.copyOf(metadata);
  }

  /** The text every offset indexes: the title, a blank line, then the body. */
  public String text() {
    return title + TITLE_SEPARATOR + body;
  }

  public Article withId(String newId) {
    return new Article(newId, source, url, outlet, title, published, language, body, metadata);
  }

  public Article withPublished(@Nullable LocalDate date) {
    return new Article(id, source, url, outlet, title, date, language, body, metadata);
  }
}
