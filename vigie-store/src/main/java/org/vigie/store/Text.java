package org.vigie.store;

import java.text.Normalizer;
import java.util.Locale;

/** Folding used for accent- and case-insensitive filters, and for entity ids. */
final class Text {
  private Text() {}

  /** Lower case without diacritics: "Négociations à Genève" gives "negociations a geneve". */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(c);
    }
    return foldLigatures(out.toString().toLowerCase(Locale.ROOT));
  }

  private static String foldLigatures(String s) {
    if (s.indexOf('œ') < 0 && s.indexOf('æ') < 0 && s.indexOf('ß') < 0) {
      return s;
    }
    return s.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
  }

  /** Folded letters and digits, every other run of characters one hyphen: "Jean-Marc  Ayrault" gives "jean-marc-ayrault". */
  static String slug(String s) {
    String folded = fold(s);
    StringBuilder out = new StringBuilder(folded.length());
    boolean pendingHyphen = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (pendingHyphen && !out.isEmpty()) {
          out.append('-');
        }
        pendingHyphen = false;
        out.appendCodePoint(cp);
      } else {
        pendingHyphen = true;
      }
    }
    return out.toString();
  }
}
