package org.vigie.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.vigie.store.SourceDay;

/**
 * The completeness ledger read per outlet: totals, first and last article, and whether the outlet's flow stopped.
 *
 * <p>An outlet has stopped when no article of it is dated within three times its usual gap before the latest
 * article of any outlet: its usual gap is the median number of days between its consecutive days with articles.
 * The reference is the latest article rather than the clock, so an archive ingested today is judged on its own
 * dates; an outlet with fewer than {@value #MIN_DAYS} days of articles has no usual gap yet and is never flagged.
 *
 * @param sources   one line per outlet, by outlet
 * @param reference the latest day with an article, over every outlet; null when there is none
 */
public record SourceLedger(List<Source> sources, @Nullable LocalDate reference) {
  /** Days with articles an outlet needs before its usual gap means anything. */
  static final int MIN_DAYS = 3;
  /** How many usual gaps without an article flag a source. */
  static final int GAPS_BEFORE_STOPPED = 3;

  public SourceLedger {
    sources = List.copyOf(sources);
  }

  /**
   * One outlet over every day of the ledger.
   *
   * @param outlet         empty when the inputs named none
   * @param firstArticle   the earliest day with an article, when any
   * @param lastArticle    the latest one
   * @param usualGapDays   the median gap between its days with articles; 0 when it has too few to tell
   * @param stopped        whether its flow stopped (see {@link SourceLedger})
   * @param days           its lines of the ledger, oldest first
   */
  public record Source(
      String outlet, long articles, long duplicates, long errors, @Nullable LocalDate firstArticle,
      @Nullable LocalDate lastArticle, Instant firstIngested, Instant lastIngested, long usualGapDays,
      boolean stopped, List<SourceDay> days) {
    public Source {
      days = List.copyOf(days);
    }
  }

  /** Reads the ledger's lines (by outlet then day, as {@link org.vigie.store.Store#sourceDays} gives them). */
  public static SourceLedger of(List<SourceDay> lines) {
    Map<String, List<SourceDay>> byOutlet = new LinkedHashMap<>();
    LocalDate reference = null;
    for (SourceDay d : lines) {
      byOutlet.computeIfAbsent(d.outlet(), k -> new ArrayList<>()).add(d);
      if (d.articles() > 0 && (reference == null || d.day().isAfter(reference))) {
        reference = d.day();
      }
    }
    List<Source> sources = new ArrayList<>();
    for (Map.Entry<String, List<SourceDay>> e : byOutlet.entrySet()) {
      sources.add(source(e.getKey(), e.getValue(), reference));
    }
    return new SourceLedger(sources, reference);
  }

  private static Source source(String outlet, List<SourceDay> days, @Nullable LocalDate reference) {
    List<SourceDay> sorted = days.stream().sorted(java.util.Comparator.comparing(SourceDay::day)).toList();
    List<LocalDate> articleDays = sorted.stream().filter(d -> d.articles() > 0).map(SourceDay::day).toList();
    long usualGap = 0;
    if (articleDays.size() >= MIN_DAYS) {
      List<Long> gaps = new ArrayList<>();
      for (int i = 1; i < articleDays.size(); i++) {
        gaps.add(ChronoUnit.DAYS.between(articleDays.get(i - 1), articleDays.get(i)));
      }
      gaps.sort(null);
      usualGap = gaps.get(gaps.size() / 2);
    }
    LocalDate last = articleDays.isEmpty() ? null : articleDays.getLast();
    boolean stopped = usualGap > 0 && reference != null && last != null
        && ChronoUnit.DAYS.between(last, reference) > GAPS_BEFORE_STOPPED * usualGap;
    return new Source(outlet,
        sorted.stream().mapToLong(SourceDay::articles).sum(),
        sorted.stream().mapToLong(SourceDay::duplicates).sum(),
        sorted.stream().mapToLong(SourceDay::errors).sum(),
        articleDays.isEmpty() ? null : articleDays.getFirst(), last,
        sorted.stream().map(SourceDay::firstAt).min(Instant::compareTo).orElseThrow(),
        sorted.stream().map(SourceDay::lastAt).max(Instant::compareTo).orElseThrow(),
        usualGap, stopped, sorted);
  }

  /** The outlets whose flow stopped. */
  public List<Source> stopped() {
    return sources.stream().filter(Source::stopped).toList();
  }

  /** One line for a summary: outlets, totals, and the stopped ones by name. */
  public String summaryLine() {
    long articles = sources.stream().mapToLong(Source::articles).sum();
    long duplicates = sources.stream().mapToLong(Source::duplicates).sum();
    long errors = sources.stream().mapToLong(Source::errors).sum();
    String line = "sources: " + sources.size() + " outlet(s), " + articles + " article(s), " + duplicates
        + " duplicate(s), " + errors + " error(s) in the ledger";
    List<Source> stopped = stopped();
    if (stopped.isEmpty()) {
      return line + "; none stopped";
    }
    return line + "; stopped: " + stopped.stream()
        .map(s -> name(s.outlet()) + " (last article " + s.lastArticle() + ", usually every " + s.usualGapDays()
            + " day(s))")
        .collect(Collectors.joining(", "));
  }

  /** How an outlet is shown: its name, or a placeholder when the inputs named none. */
  public static String name(String outlet) {
    return outlet.isEmpty() ? "(no outlet)" : outlet;
  }
}
