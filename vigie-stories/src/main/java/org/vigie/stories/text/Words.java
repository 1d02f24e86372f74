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
  private static final Pattern GROUPED =
      Pattern.compile("(?<![\\d.,])\\d{1,3}(?:[ \u00A0\u202F\u2009.,]\\d{3})+(?![\\d])(?![.,]\\d)");
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

  /** Removes the separators of grouped thousands. */
  public static String joinGroupedNumbers(String text) {
    Matcher m = GROUPED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, m.group().replaceAll("[^0-9]", ""));
    }
    m.appendTail(out);
    return out.toString();
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
