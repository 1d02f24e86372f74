package org.vigie.time;

import java.text.Normalizer;

/**
 * Lower-cases text and strips its accents one char at a time, so that every offset in the folded text is the same
 * offset in the original: the rules match "fevrier" and find "Février", "février" and "fevrier" alike.
 */
final class Folding {
  private static final char[] LATIN = new char[0x250];

  static {
    for (char c = 0; c < LATIN.length; c++) {
      char lower = Character.toLowerCase(c);
      String decomposed = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
      LATIN[c] = decomposed.isEmpty() ? lower : decomposed.charAt(0);
    }
    LATIN['\u00A0'] = ' ';
    LATIN['\u00B4'] = '\'';
  }

  private Folding() {}

  static String fold(String text) {
    char[] folded = new char[text.length()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = fold(text.charAt(i));
    }
    return new String(folded);
  }

  static char fold(char c) {
    if (c < LATIN.length) {
      return LATIN[c];
    }
    return switch (c) {
      case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
      case '\u2007', '\u2009', '\u202F', '\u200A', '\u2002', '\u2003' -> ' ';
      default -> Character.isSurrogate(c) ? c : Character.toLowerCase(c);
    };
  }
}
