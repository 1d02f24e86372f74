package org.vigie.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vigie.bench.Recombiner;
import org.vigie.model.AnalyzedArticle;
import org.vigie.store.PutResult;
import org.vigie.store.SearchResult;
import org.vigie.store.Store;

/**
 * The embedded store in a temporary directory, already holding {@code size} synthetic articles: one durable
 * {@code put} (SQLite commit + Lucene), and one full-text search by a word of a stored article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class StoreBenchmark {
  private static final int BATCH = 5_000;

  @Param({"100", "5000"})
  public int size;

  private Path dir;
  private Store store;
  private SyntheticFeed feed;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    feed = new SyntheticFeed(BenchData.recombiner(), 2_000, 3);
    dir = Files.createTempDirectory("vigie-bench-store");
    store = Store.openEmbedded(dir);
    for (int i = 0; i < size; i++) {
      store.put(feed.next(), null);
    }
  }

  @Setup(Level.Iteration)
  public void prepare() {
    feed.prepare(BATCH);
  }

  @Benchmark
  public PutResult put() {
    AnalyzedArticle article = feed.next();
    return store.put(article, null);
  }

  @Benchmark
  public SearchResult search() {
    return store.search(Recombiner.marker(size / 2), 10);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    store.close();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
