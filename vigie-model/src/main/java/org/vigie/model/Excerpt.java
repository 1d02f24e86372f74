package org.vigie.model;

/**
 * A value as an error message may quote it: whole when short, else its start and its length, so that a
 * 40,000-character id sent by a client does not come back 40,000 characters long in every message about it; control
 * and format characters and halves of surrogate pairs show as U+FFFD, so a message prints as one clean line.
 */
public final class Excerpt {
  /** The most characters of a value a message quotes. */
  public static final int MAX_CHARS = 80;

  private Excerpt() {}

  /** {@code value} when at most {@value #MAX_CHARS} characters long, else its start, "…" and its length. */
  public static String of(String value) {
    int end = value.length();
    if (end > MAX_CHARS) {
      end = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    }
    StringBuilder out = new StringBuilder(end + 24);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(value.charAt(i + 1));
      if (pair) {
        out.append(c).append(value.charAt(++i));
      } else {
        int type = Character.getType(c);
        out.append(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
            ? '\uFFFD' : c);
      }
    }
    if (end < value.length()) {
      out.append("… (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }
}
