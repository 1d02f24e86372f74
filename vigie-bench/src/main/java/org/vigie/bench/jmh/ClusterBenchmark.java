package org.vigie.bench.jmh;

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
  private SyntheticFeed feed;

  @Setup(Level.Trial)
  public void setUp() {
    feed = new SyntheticFeed(BenchData.recombiner(), PER_DAY, 1);
    instance = clusterer.equals("vigie") ? StoryClusterer.create() : StoryClusterer.naiveBaseline(0.125);
    for (int i = 0; i < size; i++) {
      instance.add(feed.next());
    }
  }

  /** The articles the next iteration adds, made outside the measured time. */
  @Setup(Level.Iteration)
  public void prepare() {
    feed.prepare(BATCH);
  }

  @Benchmark
  public Assignment add() {
    AnalyzedArticle article = feed.next();
    return instance.add(article);
  }
}
