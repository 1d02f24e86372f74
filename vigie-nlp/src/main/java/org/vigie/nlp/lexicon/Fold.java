package org.vigie.nlp.lexicon;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text compared without case, accents, apostrophe style or whitespace runs: "États-Unis" and "etats-unis" agree. */
public final class Fold {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
  /** Latin letters, digits and punctuation: each one's key, or null for the whitespace the general path collapses. */
  private static final String[] LATIN_KEYS = new String[0x250];

  static {
    for (char c = 0; c < LATIN_KEYS.length; c++) {
      String single = String.valueOf(c);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || WHITESPACE.matcher(single).matches();
      LATIN_KEYS[c] = space ? null : slowKey(single);
    }
  }

  private Fold() {}

  /**
   * The key of {@code text}. Words of Latin chars without whitespace, nearly every word, fold char by char from a
   * table: their key is the concatenation of their chars' keys, since none of them combines with its neighbours.
   */
  public static String key(String text) {
    StringBuilder key = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String folded = c < LATIN_KEYS.length ? LATIN_KEYS[c] : null;
      if (folded == null) {
        return slowKey(text);
      }
      if (key == null && (folded.length() != 1 || folded.charAt(0) != c)) {
        key = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (key != null) {
        key.append(folded);
      }
    }
    return key == null ? text : key.toString();
  }

  /** The general path: decomposition, combining marks dropped, apostrophes and whitespace runs unified, lower case. */
  static String slowKey(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    return WHITESPACE.matcher(bare.replace('’', '\'')).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** Whitespace runs (newlines, no-break spaces) as one space, and no leading or trailing whitespace. */
  public static String spaces(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
