package org.vigie.stories.text;

import java.text.Normalizer;
import java.util.Locale;

/** Case and accent folding: "Crêt-Mourin", "CRET-MOURIN" and "Cret-Mourin" all fold to "cret-mourin". */
public final class Folding {
  private Folding() {}

  /** Lower-cases, removes combining marks and spells out the letters that have no decomposition (œ, æ, ø, ß...). */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'œ', 'Œ' -> out.append("oe");
        case 'æ', 'Æ' -> out.append("ae");
        case 'ø', 'Ø' -> out.append('o');
        case 'ß' -> out.append("ss");
        case 'ł', 'Ł' -> out.append('l');
        case 'đ', 'Đ' -> out.append('d');
        case 'ı' -> out.append('i');
        case '\u2019', '\u2018', '\u02BC' -> out.append('\'');
        default -> out.append(Character.toLowerCase(c));
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Folds, then keeps only letters and digits, words separated by one space: a key for comparing names. */
  public static String key(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && !out.isEmpty()) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}
