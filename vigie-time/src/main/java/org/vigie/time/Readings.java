package org.vigie.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeType;
import org.vigie.time.Meaning.Fixed;
import org.vigie.time.Rule.Match;

/** Small readers shared by the rules of both languages. */
final class Readings {
  private Readings() {}

  /** "1er", "premier", "1st", "06" → the day number; 0 when unreadable. */
  static int dayNumber(String folded) {
    String digits = folded.replaceAll("[^0-9]", "");
    if (digits.isEmpty()) {
      return folded.startsWith("premier") || folded.startsWith("first") ? 1 : 0;
    }
    return digits.length() > 2 ? 0 : Integer.parseInt(digits);
  }

  /** A four-digit year, or a two-digit one read as 19xx from 40 up and 20xx below ("98" → 1998, "05" → 2005). */
  static int year(String folded) {
    String digits = folded.replaceAll("[^0-9]", "");
    int year = Integer.parseInt(digits);
    if (digits.length() <= 2) {
      return year >= 40 ? 1900 + year : 2000 + year;
    }
    return year;
  }

  /** A calendar date as a DATE value, or null when the date does not exist (31 février). */
  static @Nullable Fixed date(int year, int month, int day) {
    try {
      return new Fixed(TimeType.DATE, Timex.day(LocalDate.of(year, month, day)));
    } catch (DateTimeException impossible) {
      return null;
    }
  }

  static boolean isValidMonthDay(int month, int day) {
    return month >= 1 && month <= 12 && day >= 1 && day <= switch (month) {
      case 2 -> 29;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** Roman numerals ("xxe" → 20) or digits; 0 when unreadable. */
  static int ordinal(String folded) {
    String word = folded.toLowerCase(Locale.ROOT);
    if (word.matches("\\d+")) {
      return Integer.parseInt(word);
    }
    int total = 0;
    int previous = 0;
    for (int i = word.length() - 1; i >= 0; i--) {
      int value = switch (word.charAt(i)) {
        case 'i' -> 1;
        case 'v' -> 5;
        case 'x' -> 10;
        case 'l' -> 50;
        case 'c' -> 100;
        default -> -1;
      };
      if (value < 0) {
        return 0;
      }
      total += value < previous ? -value : value;
      previous = Math.max(previous, value);
    }
    return total;
  }

  /** "06/02/2026": day first in French; month first in English when that makes a date. */
  static @Nullable Meaning numericDate(Match match, boolean monthFirst) {
    int first = Integer.parseInt(match.group("d"));
    int second = Integer.parseInt(match.group("m"));
    String yearText = match.group("y");
    if (yearText.length() == 2 && match.group("sep").equals(".")) {
      return null;
    }
    int year = year(yearText);
    if (monthFirst && isValidMonthDay(first, second)) {
      return date(year, first, second);
    }
    return isValidMonthDay(second, first) ? date(year, second, first) : null;
  }
}
