package org.vigie.server;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.owasp.encoder.Encode;
import org.vigie.store.Snippet;

/**
 * Builds HTML where every piece of text and every attribute value is escaped by the OWASP Java Encoder: the only
 * unescaped markup is the tag and attribute names written in this module's code. Text derived from articles can
 * therefore never become markup.
 */
final class Html {
  private final StringBuilder out = new StringBuilder(4096);

  /** Text escaped for element content and quoted attribute values alike. */
  static String escape(@Nullable String text) {
    return text == null ? "" : Encode.forHtml(text);
  }

  /**
   * A link to {@code prefix} followed by {@code id} as one path segment, percent-encoded but for the unreserved
   * characters of RFC 3986: an id can neither leave its segment ({@code /}, {@code ..}) nor start a query or a
   * fragment ({@code ?}, {@code #}).
   */
  static String link(String prefix, String id) {
    StringBuilder out = new StringBuilder(prefix.length() + id.length() + 16).append(prefix);
    boolean dotSegment = id.chars().allMatch(ch -> ch == '.'); // "." and ".." would move up the path
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '~'
          || c == '.' && !dotSegment) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Opens {@code tag} with attributes given as name, value pairs; null values leave the attribute out. */
  Html open(String tag, @Nullable String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
      }
    }
    out.append('>');
    return this;
  }

  Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only text. */
  Html el(String tag, @Nullable String text, @Nullable String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  Html text(@Nullable String text) {
    out.append(escape(text));
    return this;
  }

  Html append(Html other) {
    out.append(other.out);
    return this;
  }

  /** A search snippet: its text escaped, each match in a {@code <mark>}. */
  Html snippet(Snippet snippet) {
    int from = 0;
    for (Snippet.Match match : snippet.matches()) {
      text(snippet.text().substring(from, match.start()));
      el("mark", snippet.text().substring(match.start(), match.end()));
      from = match.end();
    }
    return text(snippet.text().substring(from));
  }

  /**
   * A JSON-LD data block. {@code safeJson} must come from {@link JsonLd#script}, which escapes {@code <}, {@code >}
   * and {@code &}, so nothing in it can end the element.
   */
  Html dataBlock(String safeJson) {
    out.append("<script type=\"application/ld+json\">").append(safeJson).append("</script>");
    return this;
  }

  /** The start of a page: only called with the module's own constants. */
  Html doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
