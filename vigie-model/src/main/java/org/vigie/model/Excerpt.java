package org.vigie.model;

/**
 * A value as an error message may quote it: whole when short, else its start and its length, so that a
 * 40,000-character id sent by a client does not come back 40,000 characters long in every message about it.
 */
public final class Excerpt {
  /** The most characters of a value a message quotes. */
  public static final int MAX_CHARS = 80;

  private Excerpt() {}

  /** {@code value} when at most {@value #MAX_CHARS} characters long, else its start, "…" and its length. */
  public static String of(String value) {
    if (value.length() <= MAX_CHARS) {
      return value;
    }
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--; // never cut a character in two
    }
    return value.substring(0, end) + "… (" + value.length() + " characters)";
  }
}
