package org.vigie.ingest;

import java.util.List;

/**
 * Cleans the whitespace scraping leaves behind. Paragraphs are separated by exactly one blank line and never merged;
 * lines inside a paragraph stay on their own lines; runs of spaces, tabs and non-breaking spaces become one space;
 * lines and the whole text are trimmed; invisible characters and stray control characters are dropped, and half of a
 * surrogate pair becomes U+FFFD.
 */
final class WhitespaceNormalizer {
  static final String PARAGRAPH_BREAK = "\n\n";

  private WhitespaceNormalizer() {}

  static String normalize(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int pendingLineBreaks = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u2028') {
        pendingLineBreaks++;
      } else if (c == '\u2029') {
        pendingLineBreaks += 2;
      } else if (isHorizontalSpace(c)) {
        pendingSpace = true;
      } else if (!isInvisible(c)) {
        if (!out.isEmpty()) {
          out.append(separator(pendingLineBreaks, pendingSpace));
        }
        pendingLineBreaks = 0;
        pendingSpace = false;
        if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
          out.append(c).append(raw.charAt(++i));
        } else {
          out.append(Character.isSurrogate(c) ? '\uFFFD' : c); // half a character cannot be stored or shown
        }
      }
    }
    return out.toString();
  }

  /** The text on a single line, as a title needs it. */
  static String oneLine(CharSequence raw) {
    return normalize(raw).replace(PARAGRAPH_BREAK, " ").replace('\n', ' ');
  }

  /** The paragraphs of a normalized text. */
  static List<String> paragraphs(String normalized) {
    return normalized.isEmpty() ? List.of() : List.of(normalized.split(PARAGRAPH_BREAK, -1));
  }

  private static String separator(int lineBreaks, boolean space) {
    if (lineBreaks >= 2) {
      return PARAGRAPH_BREAK;
    }
    return lineBreaks == 1 ? "\n" : space ? " " : "";
  }

  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || Character.isSpaceChar(c);
  }

  /** Zero-width spaces, word joiners, byte-order marks, soft hyphens and control characters. */
  private static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
        || Character.getType(c) == Character.CONTROL;
  }
}
