package org.vigie.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import org.jspecify.annotations.Nullable;

/** Formats TIMEX3 values; a null date gives the X placeholders TIMEX3 allows for an unknown anchor. */
final class Timex {
  static final String UNKNOWN_DAY = "XXXX-XX-XX";

  private Timex() {}

  static String day(@Nullable LocalDate date) {
    return date == null ? UNKNOWN_DAY : year(date.getYear()) + "-" + two(date.getMonthValue()) + "-"
        + two(date.getDayOfMonth());
  }

  static String day(@Nullable LocalDate date, @Nullable DayPart part) {
    return part == null ? day(date) : day(date) + "T" + part.code();
  }

  static String month(YearMonth month) {
    return year(month.getYear()) + "-" + two(month.getMonthValue());
  }

  static String week(@Nullable LocalDate date) {
    if (date == null) {
      return "XXXX-WXX";
    }
    return year(date.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String clock(@Nullable LocalDate date, int hour, int minute) {
    return day(date) + "T" + two(hour) + ":" + two(minute);
  }

  static String year(int year) {
    if (year < 0) {
      return String.valueOf(year);
    }
    String digits = String.valueOf(year);
    return "0".repeat(Math.max(0, 4 - digits.length())) + digits;
  }

  static String two(int number) {
    return number < 10 ? "0" + number : String.valueOf(number);
  }
}
