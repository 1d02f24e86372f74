package org.vigie.bench.jmh;

import java.time.LocalDate;
import org.vigie.bench.Recombiner;
import org.vigie.model.AnalyzedArticle;

/**
 * An endless stream of synthetic articles, {@code perDay} to a publication day from 2026-01-01, whose next batch
 * is made ahead, outside the measured time of a JMH iteration. Not thread-safe: one per benchmark state.
 */
final class SyntheticFeed {
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  private final Recombiner recombiner;
  private final int perDay;
  private final long seed;
  private AnalyzedArticle[] ahead = new AnalyzedArticle[0];
  private int cursor;
  private long counter;

  SyntheticFeed(Recombiner recombiner, int perDay, long seed) {
    this.recombiner = recombiner;
    this.perDay = perDay;
    this.seed = seed;
  }

  /** Makes the next {@code batch} articles now, for {@link #next()} to hand out. */
  void prepare(int batch) {
    ahead = new AnalyzedArticle[batch];
    for (int i = 0; i < batch; i++) {
      ahead[i] = make(counter + i);
    }
    counter += batch;
    cursor = 0;
  }

  /** A prepared article, or a new one made on the spot once the prepared batch is spent. */
  AnalyzedArticle next() {
    return cursor < ahead.length ? ahead[cursor++] : make(counter++);
  }

  private AnalyzedArticle make(long n) {
    return recombiner.make(n, FIRST_DAY.plusDays(n / perDay), seed);
  }
}
