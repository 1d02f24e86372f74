package org.vigie.server;

import java.util.List;
import java.util.Locale;
import org.vigie.app.Attention;

/**
 * Attention over time as inline SVG, no script (like {@link TimelineSvg}): one bar per interval, its height the
 * matching articles, a tooltip with the count, all articles of the interval and the ratio.
 */
final class AttentionSvg {
  static final int WIDTH = 760;
  static final int HEIGHT = 150;
  private static final int LEFT = 50;
  private static final int RIGHT = 20;
  private static final int TOP = 16;
  private static final int BASE = 112;

  private AttentionSvg() {}

  /** @param what names what is counted, for the chart's title ("articles matching …") */
  static Html render(Attention attention, String what) {
    Html svg = new Html();
    svg.open("svg", "class", "attention", "role", "img", "viewBox", "0 0 " + WIDTH + " " + HEIGHT, "width", "100%",
        "xmlns", "http://www.w3.org/2000/svg", "aria-label", "Attention over time: " + what);
    svg.el("title", "Articles per " + attention.interval().label() + ": " + what);
    List<Attention.Point> points = attention.counts();
    if (points.isEmpty()) {
      svg.el("text", "No dated article", "x", "20", "y", "70", "class", "empty");
      return svg.close("svg");
    }
    long max = Math.max(1, points.stream().mapToLong(Attention.Point::count).max().orElse(1));
    double usable = WIDTH - LEFT - RIGHT;
    double step = usable / points.size();
    double barWidth = Math.max(1, Math.min(24, step * 0.8));
    svg.open("line", "x1", fmt(LEFT), "y1", fmt(BASE), "x2", fmt(WIDTH - RIGHT), "y2", fmt(BASE), "class", "axis")
        .close("line");
    svg.el("text", String.valueOf(max), "x", fmt(LEFT - 6), "y", fmt(TOP + 4), "class", "count", "text-anchor",
        "end");
    svg.el("text", "0", "x", fmt(LEFT - 6), "y", fmt(BASE), "class", "count", "text-anchor", "end");
    for (int i = 0; i < points.size(); i++) {
      Attention.Point p = points.get(i);
      double h = (BASE - TOP) * (double) p.count() / max;
      double x = LEFT + step * i + (step - barWidth) / 2;
      svg.open("rect", "class", "bar", "x", fmt(x), "y", fmt(BASE - h), "width", fmt(barWidth), "height", fmt(h));
      svg.el("title", p.date() + ": " + p.count() + " of " + p.totalCount() + " articles ("
          + String.format(Locale.ROOT, "%.1f", 100 * p.ratio()) + " %)");
      svg.close("rect");
    }
    // The first and last dates under their bars, anchored inwards so that they stay inside the chart.
    double firstX = LEFT + (step - barWidth) / 2;
    svg.el("text", points.getFirst().date().toString(), "x", fmt(firstX), "y", fmt(BASE + 20), "class", "date",
        "text-anchor", "start");
    if (points.size() > 1) {
      double lastX = LEFT + step * (points.size() - 1) + (step + barWidth) / 2;
      svg.el("text", points.getLast().date().toString(), "x", fmt(lastX), "y", fmt(BASE + 20), "class",
          "date", "text-anchor", "end");
    }
    svg.el("text", "articles per " + attention.interval().label(), "x", fmt(WIDTH - RIGHT), "y", fmt(TOP - 2),
        "class", "legend", "text-anchor", "end");
    return svg.close("svg");
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
