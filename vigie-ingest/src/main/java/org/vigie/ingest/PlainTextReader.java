package org.vigie.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the two plain-text layouts scrapers produce.
 *
 * <ul>
 *   <li>A title line, then optionally a dateline (a date alone on its line, before or after the title), then the
 *       body.
 *   <li>A {@code date YYYY-MM-DD} header, then the body, which may start on the header's own line; the title is
 *       then the body's first sentence.
 * </ul>
 *
 * A text whose first line is too long to be a title, or that has nothing after it, gets its first sentence as title.
 */
final class PlainTextReader {
  private static final Pattern DATE_HEADER =
      Pattern.compile("^date\\s+(\\d{4}-\\d{2}-\\d{2})(?=\\s|$)", Pattern.CASE_INSENSITIVE);

  private PlainTextReader() {}

  static ArticleDraft read(String source, String text, @Nullable URI origin) {
    String normalized = WhitespaceNormalizer.normalize(text);
    Matcher header = DATE_HEADER.matcher(normalized);
    if (header.find()) {
      Optional<LocalDate> published = PublicationDates.parse(header.group(1));
      if (published.isPresent()) {
        return draft(source, origin, null, published.get(), normalized.substring(header.end()));
      }
    }
    Dated start = dateline(normalized);
    String[] titleAndRest = start.text().split("\n", 2);
    String title = titleAndRest[0];
    String rest = titleAndRest.length == 2 ? titleAndRest[1].strip() : "";
    if (title.length() > TitleExtractor.MAX_TITLE_CHARS || rest.isEmpty()) {
      return draft(source, origin, null, start.published(), start.text());
    }
    Dated body = start.published() == null ? dateline(rest) : new Dated(null, rest);
    LocalDate published = start.published() != null ? start.published() : body.published();
    return draft(source, origin, title, published, body.text());
  }

  private record Dated(@Nullable LocalDate published, String text) {}

  /** Takes a dateline off the start of the text, when its first line is one. */
  private static Dated dateline(String text) {
    return PublicationDates.leading(text)
        .map(leading -> new Dated(leading.date(), leading.rest()))
        .orElseGet(() -> new Dated(null, text));
  }

  private static ArticleDraft draft(
      String source, @Nullable URI origin, @Nullable String title, @Nullable LocalDate published, String body) {
    String url = origin == null ? null : origin.toString();
    return new ArticleDraft(source, null, url, null, title, published, null, body, Map.of());
  }
}
