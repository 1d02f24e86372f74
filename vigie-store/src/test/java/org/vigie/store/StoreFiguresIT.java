package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.AnalyzedArticle;

/**
 * Measures, does not assert on time: put throughput and put-to-searchable latency on a quick generated run. The
 * figures are printed and written to {@code target/store-figures.txt}.
 */
class StoreFiguresIT {
  private static final int WARM_UP = 200;
  private static final int ARTICLES = 3_000;

  @TempDir Path dir;

  @Test
  void putThroughputAndSearchableLatency() throws IOException {
    AnalyzedArticle[] articles = new AnalyzedArticle[WARM_UP + ARTICLES];
    for (int i = 0; i < articles.length; i++) {
      articles[i] = Generated.article(i);
    }
    long[] putNanos = new long[ARTICLES];
    long[] searchableNanos = new long[ARTICLES];
    long elapsed;
    try (Store store = Store.openEmbedded(dir)) {
      for (int i = 0; i < WARM_UP; i++) {
        store.put(articles[i], null);
      }
      long start = System.nanoTime();
      for (int k = 0; k < ARTICLES; k++) {
        int i = WARM_UP + k;
        long t0 = System.nanoTime();
        store.put(articles[i], "story-" + (i % 50));
        long t1 = System.nanoTime();
        while (store.search("marqueur" + i, 1).total() == 0) {
          Thread.onSpinWait();
        }
        long t2 = System.nanoTime();
        putNanos[k] = t1 - t0;
        searchableNanos[k] = t2 - t0;
      }
      elapsed = System.nanoTime() - start;
      assertThat(store.health().articles()).isEqualTo(WARM_UP + ARTICLES);
    }
    double putOnlySeconds = Arrays.stream(putNanos).sum() / 1e9;
    String figures = String.format(Locale.ROOT,
        "store figures: %d articles (after %d warm-up), SQLite WAL synchronous=FULL, one search after each put%n"
            + "  put throughput: %.0f articles/s (time in put only), %.0f articles/s (put + search, which refreshes"
            + " the near-real-time reader every time)%n"
            + "  put latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n"
            + "  put -> searchable: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        ARTICLES, WARM_UP, ARTICLES / putOnlySeconds, ARTICLES / (elapsed / 1e9),
        percentile(putNanos, 50), percentile(putNanos, 99), percentile(putNanos, 100),
        percentile(searchableNanos, 50), percentile(searchableNanos, 99), percentile(searchableNanos, 100));
    Path loadavg = Path.of("/proc/loadavg");
    if (Files.isReadable(loadavg)) {
      figures += "  machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average (1/5/15 min) "
          + String.join(" ", Arrays.asList(Files.readString(loadavg).split(" ")).subList(0, 3)) + "\n";
    }
    System.out.print(figures);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("store-figures.txt"), figures);
    }
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }
}
