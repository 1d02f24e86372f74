package org.vigie.app;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.store.ArticleFilter;
import org.vigie.store.DayCount;
import org.vigie.store.Store;

/**
 * How much attention a query or an entity got over time, as Media Cloud's count-over-time gives it: per interval,
 * the matching articles, all articles of that interval (under the same outlet, language and date filters), and
 * their ratio. Every interval from the first to the last with a match is listed, empty ones with zero.
 *
 * @param total   every matching article, dated or not: {@link Store#count}
 * @param undated matching articles without a publication date, in {@code total} but in no interval
 */
public record Attention(Interval interval, long total, long undated, List<Point> counts) {
  public Attention {
    counts = List.copyOf(counts);
  }

  /** One interval, named by its first day. */
  public record Point(LocalDate date, long count, long totalCount, double ratio) {}

  public enum Interval {
    DAY, WEEK, MONTH;

    /** The first day of the interval holding {@code date} (weeks start on Monday). */
    public LocalDate start(LocalDate date) {
      return switch (this) {
        case DAY -> date;
        case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> date.withDayOfMonth(1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
      };
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The interval of this name; an {@link IllegalArgumentException} names the choices. */
    public static Interval of(String label) {
      for (Interval i : values()) {
        if (i.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
          return i;
        }
      }
      throw new IllegalArgumentException("interval must be day, week or month, got '" + label + "'");
    }
  }

  /** The attention {@code filter} got, per {@code interval}. */
  public static Attention of(Store store, ArticleFilter filter, Interval interval) {
    TreeMap<LocalDate, Long> matched = buckets(store.countByDay(filter), interval);
    long total = store.count(filter);
    long dated = matched.values().stream().mapToLong(Long::longValue).sum();
    List<Point> points = new ArrayList<>();
    if (!matched.isEmpty()) {
      ArticleFilter everything = filter.withQuery(null).withEntity(null);
      Map<LocalDate, Long> all = buckets(store.countByDay(everything), interval);
      LocalDate last = matched.lastKey();
      for (LocalDate d = matched.firstKey(); !d.isAfter(last); d = interval.next(d)) {
        long count = matched.getOrDefault(d, 0L);
        long of = all.getOrDefault(d, 0L);
        points.add(new Point(d, count, of, of == 0 ? 0 : (double) count / of));
      }
    }
    return new Attention(interval, total, total - dated, points);
  }

  private static TreeMap<LocalDate, Long> buckets(List<DayCount> days, Interval interval) {
    TreeMap<LocalDate, Long> out = new TreeMap<>();
    for (DayCount d : days) {
      out.merge(interval.start(d.day()), d.count(), Long::sum);
    }
    return out;
  }
}
