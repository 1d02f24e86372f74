package org.vigie.stories.clustering;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The days a story or an article is about: the days its text names ("Jan. 4", "2 juillet 2013", "Saturday" once
 * resolved) and the day it was published. Two earthquakes in the same province, two firings of the same coach, are
 * told apart by these when their names are the same. Days without a year ("Jan. 4" in an undated article) are
 * compared by their place in the year. Not thread-safe; one instance per story or article.
 */
final class EventDays {
  /** A TIMEX3 value naming a day, with or without its year: {@code 2013-07-02}, {@code XXXX-01-04}. */
  private static final Pattern DAY = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})-(\\d{2})(?:T.*)?$");
  /** Days of a leap year, so that 29 February has a place. */
  private static final int YEAR_DAYS = 366;

  final NavigableSet<Long> dated = new TreeSet<>();
  /** Places in the year of every day, dated or not. */
  final NavigableSet<Integer> ofYear = new TreeSet<>();
  /** Places in the year of the days named without a year. */
  final NavigableSet<Integer> yearless = new TreeSet<>();

  /** Adds the day a TIMEX3 value names, if it names one; other values are ignored. */
  void addValue(String value) {
    Matcher m = DAY.matcher(value);
    if (!m.matches()) {
      return;
    }
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    try {
      if (m.group(1).equals("XXXX")) {
        int place = LocalDate.of(2000, month, day).getDayOfYear();
        ofYear.add(place);
        yearless.add(place);
      } else {
        add(LocalDate.of(Integer.parseInt(m.group(1)), month, day));
      }
    } catch (DateTimeException e) {
      // "XXXX-02-30" and the like name no day
    }
  }

  void add(@Nullable LocalDate date) {
    if (date != null) {
      dated.add(date.toEpochDay());
      ofYear.add(date.withYear(2000).getDayOfYear());
    }
  }

  void addAll(EventDays other) {
    dated.addAll(other.dated);
    ofYear.addAll(other.ofYear);
    yearless.addAll(other.yearless);
  }

  boolean isEmpty() {
    return ofYear.isEmpty();
  }

  /**
   * True when both name days and no day of {@code other} lies within {@code toleranceDays} of one of these: by
   * date when both days carry a year, else by place in the year.
   */
  boolean conflictWith(EventDays other, int toleranceDays) {
    if (isEmpty() || other.isEmpty()) {
      return false;
    }
    for (long day : other.dated) {
      Long floor = dated.floor(day + toleranceDays);
      if (floor != null && floor >= day - toleranceDays) {
        return false;
      }
    }
    return !anyNearInYear(other.yearless, ofYear, toleranceDays)
        && !anyNearInYear(other.ofYear, yearless, toleranceDays);
  }

  private static boolean anyNearInYear(NavigableSet<Integer> days, NavigableSet<Integer> others, int tolerance) {
    for (int day : days) {
      // across the turn of the year too: 30 December is near 2 January
      if (near(others, day, tolerance) || near(others, day + YEAR_DAYS, tolerance)
          || near(others, day - YEAR_DAYS, tolerance)) {
        return true;
      }
    }
    return false;
  }

  private static boolean near(NavigableSet<Integer> days, int day, int tolerance) {
    Integer floor = days.floor(day + tolerance);
    return floor != null && floor >= day - tolerance;
  }
}
