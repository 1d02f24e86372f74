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
 * told apart by how far apart these are when their names are the same. Days without a year ("Jan. 4" in an undated
 * article) are compared by their place in the year. Not thread-safe; one instance per story or article.
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
   * The fewest days between a day of {@code other} and one of these — by date when both days carry a year, else by
   * place in the year, across the turn of the year too — or -1 when either names no day.
   */
  int distance(EventDays other) {
    if (isEmpty() || other.isEmpty()) {
      return -1;
    }
    long best = Long.MAX_VALUE;
    for (long day : other.dated) {
      best = Math.min(best, gap(dated, day));
    }
    best = Math.min(best, nearestInYear(other.yearless, ofYear));
    best = Math.min(best, nearestInYear(other.ofYear, yearless));
    return (int) Math.min(Integer.MAX_VALUE, best);
  }

  private static long nearestInYear(NavigableSet<Integer> days, NavigableSet<Integer> others) {
    long best = Long.MAX_VALUE;
    if (others.isEmpty()) {
      return best;
    }
    for (int day : days) {
      for (int shifted : new int[] {day, day + YEAR_DAYS, day - YEAR_DAYS}) {
        best = Math.min(best, gap(others, shifted));
      }
    }
    return best;
  }

  /** The distance from {@code value} to the nearest element of {@code set}, {@code Long.MAX_VALUE} when empty. */
  private static <T extends Number & Comparable<T>> long gap(NavigableSet<T> set, T value) {
    T floor = set.floor(value);
    T ceiling = set.ceiling(value);
    long best = Long.MAX_VALUE;
    if (floor != null) {
      best = value.longValue() - floor.longValue();
    }
    if (ceiling != null) {
      best = Math.min(best, ceiling.longValue() - value.longValue());
    }
    return best;
  }
}
