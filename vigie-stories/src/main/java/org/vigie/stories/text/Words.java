package org.vigie.stories.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.text.Folding;

/**
 * Splits text into folded words and normalised numbers. Grouped thousands lose their separators whatever the
 * convention ("1 200", "1\u00A0200", "1,200" and "1.200" all give "1200"); decimals take a point and lose trailing
 * zeros ("3,80" and "3.8" give "3.8").
 */
public final class Words {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*|\\p{N}+(?:[.,]\\p{N}+)?");

  private Words() {}

  /** The folded words and numbers of {@code text}, in order, stopwords included. */
  public static List<String> of(String text) {
    String folded = joinGroupedNumbers(Folding.fold(text));
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      String word = m.group();
      words.add(Character.isDigit(word.charAt(0)) ? number(word) : word);
    }
    return words;
  }

  /**
   * Removes the separators of grouped thousands: one to three digits not after a digit, point or comma, then groups
   * of a separator (space, no-break or thin space, point, comma) and three digits, the last group followed by
   * neither a digit nor a point or comma and a digit ("1 200", "12.000.000"; not "1,5", "1 2345" nor "3,800.5"). A
   * scan by hand: it runs on every article's whole text, where a regular expression with look-arounds tried at
   * every digit cost a tenth of a synthetic stream's time.
   */
  public static String joinGroupedNumbers(String text) {
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!digit(text.charAt(i))) {
        i++;
        continue;
      }
      int run = i;
      while (run < n && digit(text.charAt(run))) {
        run++;
      }
      int end = run - i <= 3 && (i == 0 || !pointOrComma(text.charAt(i - 1))) ? groupedEnd(text, run) : -1;
      if (end < 0) {
        i = run;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copied, i);
      for (int k = i; k < end; k++) {
        if (digit(text.charAt(k))) {
          out.append(text.charAt(k));
        }
      }
      copied = end;
      i = end;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /**
   * Where the groups of thousands that follow a lead of digits ending at {@code from} end, the most groups that
   * can end there; -1 when none can.
   */
  private static int groupedEnd(String text, int from) {
    int n = text.length();
    int groups = 0;
    int at = from;
    while (at + 3 < n && separator(text.charAt(at)) && digit(text.charAt(at + 1)) && digit(text.charAt(at + 2))
        && digit(text.charAt(at + 3))) {
      at += 4;
      groups++;
    }
    for (; groups > 0; groups--, at -= 4) {
      boolean digitNext = at < n && digit(text.charAt(at));
      boolean decimalNext = at + 1 < n && pointOrComma(text.charAt(at)) && digit(text.charAt(at + 1));
      if (!digitNext && !decimalNext) {
        return at;
      }
    }
    return -1;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean pointOrComma(char c) {
    return c == '.' || c == ',';
  }

  private static boolean separator(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || pointOrComma(c);
  }

  /** "3,80" → "3.8", "007" → "7", "1200" → "1200". */
  public static String number(String digits) {
    String n = digits.replace(',', '.');
    int dot = n.indexOf('.');
    if (dot >= 0) {
      n = n.replaceAll("0+$", "");
      if (n.endsWith(".")) {
        n = n.substring(0, n.length() - 1);
      }
    }
    String integer = dot >= 0 && n.contains(".") ? n.substring(0, n.indexOf('.')) : n;
    String rest = n.substring(integer.length());
    integer = integer.replaceFirst("^0+(?=\\d)", "");
    return integer + rest;
  }

  public static boolean isNumber(String word) {
    return !word.isEmpty() && Character.isDigit(word.charAt(0));
  }
}
