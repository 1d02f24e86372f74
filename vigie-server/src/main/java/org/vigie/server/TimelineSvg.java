package org.vigie.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A story's timeline as inline SVG, no script: one bar per publication day (height = articles that day) and one dot
 * per day the articles talk about (size = how many passages name it), on one date axis.
 */
final class TimelineSvg {
  static final int WIDTH = 760;
  static final int HEIGHT = 170;
  private static final int LEFT = 70;
  private static final int RIGHT = 30;
  private static final int BAR_BASE = 80;
  private static final int BAR_MAX = 55;
  private static final int EVENT_ROW = 112;
  private static final int AXIS = 138;

  /** One day on the chart. */
  record Day(LocalDate date, int count, String label) {}

  private TimelineSvg() {}

  /**
   * @param published one entry per publication day
   * @param events    one entry per day the articles mention
   */
  static Html render(List<Day> published, List<Day> events) {
    SortedMap<LocalDate, Boolean> all = new TreeMap<>();
    published.forEach(d -> all.put(d.date(), true));
    events.forEach(d -> all.put(d.date(), true));
    Html svg = new Html();
    svg.open("svg", "class", "timeline", "role", "img", "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
        "width", "100%", "xmlns", "http://www.w3.org/2000/svg", "aria-label", "Timeline of the story");
    svg.el("title", "Timeline: articles per publication day, and the days they report");
    if (all.isEmpty()) {
      svg.el("text", "No dates known for this story", "x", "20", "y", "80", "class", "empty");
      return svg.close("svg");
    }
    LocalDate first = all.firstKey();
    LocalDate last = all.lastKey();
    long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
    int maxCount = Math.max(1, published.stream().mapToInt(Day::count).max().orElse(1));
    int maxEvents = Math.max(1, events.stream().mapToInt(Day::count).max().orElse(1));

    svg.el("text", "articles", "x", "8", "y", String.valueOf(BAR_BASE - 4), "class", "row-label");
    svg.el("text", "reported", "x", "8", "y", String.valueOf(EVENT_ROW + 4), "class", "row-label");
    svg.open("line", "x1", String.valueOf(LEFT), "y1", String.valueOf(AXIS), "x2", String.valueOf(WIDTH - RIGHT),
        "y2", String.valueOf(AXIS), "class", "axis").close("line");

    for (LocalDate date : all.keySet()) {
      double x = x(date, first, span);
      svg.open("line", "x1", fmt(x), "y1", String.valueOf(AXIS), "x2", fmt(x), "y2", String.valueOf(AXIS + 5),
          "class", "tick").close("line");
    }
    svg.el("text", first.toString(), "x", String.valueOf(LEFT), "y", String.valueOf(AXIS + 20), "class",
        "date", "text-anchor", "start");
    if (!last.equals(first)) {
      svg.el("text", last.toString(), "x", String.valueOf(WIDTH - RIGHT), "y", String.valueOf(AXIS + 20),
          "class", "date", "text-anchor", "end");
    }
    for (Day day : published) {
      double x = x(day.date(), first, span);
      double h = Math.max(4, BAR_MAX * (double) day.count() / maxCount);
      svg.open("rect", "class", "bar", "x", fmt(x - 7), "y", fmt(BAR_BASE - h), "width", "14", "height", fmt(h),
          "rx", "2");
      svg.el("title", day.date() + ": " + day.label());
      svg.close("rect");
      svg.el("text", String.valueOf(day.count()), "x", fmt(x), "y", fmt(BAR_BASE - h - 4), "class", "count",
          "text-anchor", "middle");
    }
    for (Day day : events) {
      double x = x(day.date(), first, span);
      double r = 4 + 6 * Math.sqrt((double) day.count() / maxEvents);
      svg.open("circle", "class", "event", "cx", fmt(x), "cy", String.valueOf(EVENT_ROW), "r", fmt(r));
      svg.el("title", day.date() + ": " + day.label());
      svg.close("circle");
    }
    return svg.close("svg");
  }

  private static double x(LocalDate date, LocalDate first, long span) {
    double usable = WIDTH - LEFT - RIGHT - 20;
    return LEFT + 10 + usable * (date.toEpochDay() - first.toEpochDay()) / span;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
