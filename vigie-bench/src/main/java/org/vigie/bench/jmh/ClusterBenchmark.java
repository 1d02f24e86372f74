package org.vigie.bench.jmh;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import org.vigie.bench.Recombiner;
import org.vigie.model.AnalyzedArticle;
import org.vigie.stories.clustering.Assignment;
import org.vigie.stories.clustering.StoryClusterer;

/**
 * One {@code add} to a clusterer that already holds {@code size} synthetic articles (real analysed sentences
 * recombined), Vigie's clusterer against the naive TF-IDF centroid baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ClusterBenchmark {
  private static final int BATCH = 20_000;
  private static final int PER_DAY = 2_000;

  @Param({"vigie", "baseline"})
  public String clusterer;

  @Param({"1000", "10000"})
  public int size;

  private StoryClusterer instance;
  private Recombiner recombiner;
  private AnalyzedArticle[] next;
  private int cursor;
  private long counter;

  @Setup(Level.Trial)
  public void setUp() {
    recombiner = BenchData.recombiner();
    instance = clusterer.equals("vigie") ? StoryClusterer.create() : StoryClusterer.naiveBaseline(0.125);
    for (counter = 0; counter < size; counter++) {
      instance.add(make(counter));
    }
  }

  /** The articles the next iteration adds, made outside the measured time. */
  @Setup(Level.Iteration)
  public void prepare() {
    next = new AnalyzedArticle[BATCH];
    for (int i = 0; i < BATCH; i++) {
      next[i] = make(counter + i);
    }
    counter += BATCH;
    cursor = 0;
  }

  private AnalyzedArticle make(long n) {
    return recombiner.make(n, LocalDate.of(2026, 1, 1).plusDays(n / PER_DAY), 1);
  }

  @Benchmark
  public Assignment add() {
    AnalyzedArticle article = cursor < next.length ? next[cursor++] : make(counter++);
    return instance.add(article);
  }
}
