package org.vigie.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vigie's one text normalisation, used wherever text is compared without case or accents: lexicon look-ups,
 * clustering features, dossier actor keys, store filters and entity ids, time rules, date words.
 *
 * <ul>
 *   <li>{@link #fold}: lower case, diacritics dropped, the letters that have no decomposition spelled out ({@code œ}
 *       → {@code oe}, {@code æ} → {@code ae}, {@code ß} → {@code ss}, {@code ø} → {@code o}, {@code ł} → {@code l},
 *       {@code đ} → {@code d}, {@code ı} → {@code i}), typographic apostrophes as {@code '}; whitespace kept.
 *       "Œuvre" and "oeuvre" fold alike, so do "Søren" and "Soren".</li>
 *   <li>{@link #key}: {@link #fold}, then whitespace runs as one space, stripped: the key of a name or a phrase.</li>
 *   <li>{@link #words}: {@link #fold} keeping only letters and digits, words one space apart.</li>
 *   <li>{@link #slug}: the same words joined by hyphens, for ids ({@code person-soren-kierkegaard}).</li>
 *   <li>{@link #sameLength}: one char for one char, so that every offset in the folded text is the same offset in
 *       the original (for matching rules and cues against the original text). A char that would fold to two
 *       ({@code œ}, {@code æ}, {@code ß}) stays as its lower case.</li>
 * </ul>
 */
public final class Folding {
  /** The one-char fold of every char below this bound, computed once. */
  private static final int TABLE = 0x250;
  private static final char[] SAME_LENGTH = new char[TABLE];
  /** The fold of every char below {@link #TABLE}: null where it is the char itself, lower case. */
  private static final String[] FOLDED = new String[TABLE];

  static {
    for (char c = 0; c < TABLE; c++) {
      String slow = slowFold(String.valueOf(c));
      FOLDED[c] = slow.length() == 1 && slow.charAt(0) == c ? null : slow;
      SAME_LENGTH[c] = slow.length() == 1 ? slow.charAt(0) : Character.toLowerCase(c);
    }
    SAME_LENGTH['\u00A0'] = ' ';
    SAME_LENGTH['\u00B4'] = '\'';
  }

  private Folding() {}

  /** Lower case, no diacritics, ligatures and stroked letters spelled out, typographic apostrophes as {@code '}. */
  public static String fold(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= TABLE) {
        return slowFold(text);
      }
      String folded = FOLDED[c];
      if (folded != null && out == null) {
        out = new StringBuilder(text.length() + 4).append(text, 0, i);
      }
      if (out != null) {
        if (folded == null) {
          out.append(c);
        } else {
          out.append(folded);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@link #fold}, with every run of whitespace one space and none at either end. */
  public static String key(String text) {
    return spaces(fold(text));
  }

  /** The letters and digits of {@link #fold}, every other run of chars one space: "Jean-Marc  Ayrault" → "jean marc ayrault". */
  public static String words(String text) {
    return joined(fold(text), ' ');
  }

  /** The letters and digits of {@link #fold}, every other run of chars one hyphen: "Jean-Marc Ayrault" → "jean-marc-ayrault". */
  public static String slug(String text) {
    return joined(fold(text), '-');
  }

  /** Whitespace runs (newlines, no-break spaces) as one space, and no whitespace at either end; nothing else. */
  public static String spaces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pending = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pending = !out.isEmpty();
      } else {
        if (pending) {
          out.append(' ');
          pending = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@link #fold} one char at a time: the result has the length of {@code text}, offset for offset. */
  public static String sameLength(String text) {
    char[] folded = new char[text.length()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = sameLength(text.charAt(i));
    }
    return new String(folded);
  }

  /** The one-char fold of {@code c}: its lower case without diacritics; dashes as {@code -}, odd spaces as a space. */
  public static char sameLength(char c) {
    if (c < TABLE) {
      return SAME_LENGTH[c];
    }
    return switch (c) {
      case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
      case '\u2007', '\u2009', '\u202F', '\u200A', '\u2002', '\u2003' -> ' ';
      default -> {
        if (Character.isSurrogate(c)) {
          yield c;
        }
        String slow = slowFold(String.valueOf(c));
        yield slow.length() == 1 ? slow.charAt(0) : Character.toLowerCase(c);
      }
    };
  }

  /**
   * Every char (of the Latin blocks the table covers) whose {@link #sameLength(char)} fold is {@code folded},
   * {@code folded} itself first: {@code 'e'} gives "eEèéêë...". For patterns that match the original text as the
   * folded one would ({@code [eEèéêë...]clar}).
   */
  public static String variants(char folded) {
    StringBuilder out = new StringBuilder().append(folded);
    for (char c = 0; c < TABLE; c++) {
      if (c != folded && SAME_LENGTH[c] == folded) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String joined(String folded, char separator) {
    StringBuilder out = new StringBuilder(folded.length());
    boolean pending = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (pending && !out.isEmpty()) {
          out.append(separator);
        }
        pending = false;
        out.appendCodePoint(cp);
      } else {
        pending = true;
      }
    }
    return out.toString();
  }

  /** The general path: canonical decomposition, marks dropped, the table's letters spelled out, lower case. */
  static String slowFold(String text) {
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
        case 'ß', 'ẞ' -> out.append("ss");
        case 'ł', 'Ł' -> out.append('l');
        case 'đ', 'Đ' -> out.append('d');
        case 'ı' -> out.append('i');
        case '\u2019', '\u2018', '\u02BC' -> out.append('\'');
        default -> out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
