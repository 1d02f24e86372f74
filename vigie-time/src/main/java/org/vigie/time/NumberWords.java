package org.vigie.time;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Cardinal numbers written in digits or in French or English words, on folded text. */
final class NumberWords {
  private static final Map<String, Integer> FRENCH_VALUES = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
      Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8),
      Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12),
      Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16),
      Map.entry("vingt", 20), Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
      Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("cent", 100), Map.entry("cents", 100),
      Map.entry("mille", 1000));

  private static final Map<String, Integer> ENGLISH_VALUES = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
      Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
      Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("thousand", 1000));

  private static final String FRENCH_WORD = "(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze"
      + "|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)";
  private static final String ENGLISH_WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
      + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
      + "|seventy|eighty|ninety|hundred|thousand)";

  /**
   * A French number in words (at most eight parts, which keeps matching shallow): "trois", "vingt-quatre", "vingt et
   * un", "quatre-vingt-dix-huit", "deux cents".
   */
  static final String FRENCH = FRENCH_WORD + "(?:(?:-et-|-| et | )" + FRENCH_WORD + "){0,7}";
  /** An English number in words: "three", "twenty-four", "one hundred and five". */
  static final String ENGLISH = ENGLISH_WORD + "(?:(?:-| and | )" + ENGLISH_WORD + "){0,7}";
  /** Digits with an optional decimal part: "12", "30,4", "2.5", "3.000". */
  static final String DIGITS = "\\d+(?:[.,]\\d+)?";

  private NumberWords() {}

  /** The value of digits or French words, or null when the text is not a number. */
  static @Nullable BigDecimal french(String folded) {
    return parse(folded, FRENCH_VALUES, true);
  }

  /** The value of digits or English words ("a"/"an" count as one), or null when the text is not a number. */
  static @Nullable BigDecimal english(String folded) {
    if (folded.equals("a") || folded.equals("an")) {
      return BigDecimal.ONE;
    }
    return parse(folded, ENGLISH_VALUES, false);
  }

  private static @Nullable BigDecimal parse(String folded, Map<String, Integer> values, boolean french) {
    String text = folded.strip();
    if (text.isEmpty()) {
      return null;
    }
    if (Character.isDigit(text.charAt(0))) {
      return digits(text, french);
    }
    long total = 0;
    long current = 0;
    String previous = "";
    for (String token : text.split("[-\\s]+")) {
      if (token.equals("et") || token.equals("and")) {
        continue;
      }
      Integer value = values.get(token);
      if (value == null) {
        return null;
      }
      if (value == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (value == 1000) {
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      } else if (value == 20 && french && previous.equals("quatre")) {
        current = current - 4 + 80;
      } else {
        current += value;
      }
      previous = token;
    }
    return BigDecimal.valueOf(total + current);
  }

  private static @Nullable BigDecimal digits(String text, boolean french) {
    String number = text;
    if (number.matches("\\d{1,3}([.,]\\d{3})+") && (french ? number.contains(".") : number.contains(","))) {
      number = number.replaceAll("[.,]", "");
    }
    number = number.replace(',', '.');
    try {
      return new BigDecimal(number);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
