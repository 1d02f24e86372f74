package org.vigie.ingest;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Article;
import org.vigie.model.Batch;
import org.vigie.model.Excerpt;

/**
 * The one check of every article ingest produces, whatever its format, before anything stores or analyses it.
 * Refused, with the reason: an id longer than {@value #MAX_ID_CHARS} characters or {@value #MAX_ID_BYTES} bytes in
 * UTF-8 (OpenSearch's limit on a document id, which is the article id on the server engines), or holding a control or format
 * character, half of a surrogate pair, a path separator ({@code /}, {@code \}), or only dots (ids go into URLs and
 * the search index); a title over {@value #MAX_TITLE_CHARS} characters; an outlet over {@value #MAX_OUTLET_CHARS}; a
 * URL that is not an absolute http(s) URL. Bounded: a body over {@value #MAX_BODY_CHARS} characters is cut at the
 * last paragraph or sentence end before the limit, so that one article's analysis, quotes and entities stay within
 * what an article needs; its metadata then records {@value #TRUNCATED_KEY}.
 */
final class ArticleValidator {
  static final int MAX_ID_CHARS = 200;
  /** 200 characters can be 600 bytes (3 per character of most scripts); OpenSearch refuses an _id over 512. */
  static final int MAX_ID_BYTES = 512;
  static final int MAX_TITLE_CHARS = 1_000;
  static final int MAX_OUTLET_CHARS = 200;
  static final int MAX_BODY_CHARS = 100_000;
  static final String TRUNCATED_KEY = "truncated_from_chars";

  private ArticleValidator() {}

  static Batch<Article> validate(Article article) {
    String problem = problem(article);
    return problem == null ? Batch.of(bounded(article)) : Batch.failed(article.source(), problem);
  }

  private static @Nullable String problem(Article article) {
    String idProblem = idProblem(article.id());
    if (idProblem != null) {
      return "id '" + Excerpt.of(article.id()) + "' " + idProblem;
    }
    if (article.title().length() > MAX_TITLE_CHARS) {
      return tooLong("title", article.title(), MAX_TITLE_CHARS);
    }
    if (article.outlet() != null && article.outlet().length() > MAX_OUTLET_CHARS) {
      return tooLong("outlet", article.outlet(), MAX_OUTLET_CHARS);
    }
    if (article.url() != null && !WebUrls.isHttp(article.url())) {
      return "url '" + Excerpt.of(article.url()) + "' is not an absolute http(s) URL of at most " + WebUrls.MAX_CHARS
          + " characters";
    }
    return null;
  }

  /** Why {@code id} cannot be an article id, or null when it can. */
  static @Nullable String idProblem(String id) {
    if (id.length() > MAX_ID_CHARS) {
      return "is " + id.length() + " characters long; the most is " + MAX_ID_CHARS;
    }
    int bytes = id.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (bytes > MAX_ID_BYTES) {
      return "is " + bytes + " bytes long in UTF-8; the most is " + MAX_ID_BYTES;
    }
    if (id.chars().allMatch(c -> c == '.')) {
      return "is only dots";
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
        i++;
        continue;
      }
      int type = Character.getType(c);
      if (type == Character.SURROGATE) {
        return "holds half of a character (an unpaired surrogate) at position " + i;
      }
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        return "holds a control character (" + String.format("U+%04X", (int) c) + ") at position " + i;
      }
      if (c == '/' || c == '\\') {
        return "holds a path separator ('" + c + "'); give the address as \"url\" and a plain id";
      }
    }
    return null;
  }

  private static String tooLong(String field, String value, int max) {
    return field + " '" + Excerpt.of(value) + "' is " + value.length() + " characters long; the most is " + max;
  }

  private static Article bounded(Article article) {
    String body = article.body();
    if (body.length() <= MAX_BODY_CHARS) {
      return article;
    }
    Map<String, Object> metadata = new HashMap<>(article.metadata());
    metadata.put(TRUNCATED_KEY, (long) body.length());
    return new Article(article.id(), article.source(), article.url(), article.outlet(), article.title(),
        article.published(), article.language(), body.substring(0, cut(body)), metadata);
  }

  /** Where to cut a body over the limit: a paragraph end, else a sentence end, else a space, in the last half. */
  private static int cut(String body) {
    int limit = MAX_BODY_CHARS;
    int paragraph = body.lastIndexOf(WhitespaceNormalizer.PARAGRAPH_BREAK, limit - 1);
    if (paragraph >= limit / 2) {
      return paragraph;
    }
    for (int i = limit - 1; i >= limit / 2; i--) {
      char c = body.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '…') && Character.isWhitespace(body.charAt(i + 1))) {
        return i + 1;
      }
    }
    int space = body.lastIndexOf(' ', limit - 1);
    if (space >= limit / 2) {
      return space;
    }
    return Character.isLowSurrogate(body.charAt(limit)) ? limit - 1 : limit;
  }
}
