package org.vigie.nlp.lexicon;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text compared without case, accents, apostrophe style or whitespace runs: "États-Unis" and "etats-unis" agree. */
public final class Fold {
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  private Fold() {}

  public static String key(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    return WHITESPACE.matcher(bare.replace('’', '\'')).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** Whitespace runs (newlines, no-break spaces) as one space, and no leading or trailing whitespace. */
  public static String spaces(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
