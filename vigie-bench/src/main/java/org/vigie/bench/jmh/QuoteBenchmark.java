package org.vigie.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.vigie.model.AnalyzedArticle;
import org.vigie.nlp.quotes.QuoteAnnotator;

/**
 * The quote annotator alone, on documents the real standard pipeline analysed once in setup, with their quotes
 * removed: one operation annotates every corpus article of the language.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class QuoteBenchmark {

  @Param({"fr", "en"})
  public String language;

  private QuoteAnnotator annotator;
  private List<AnalyzedArticle> documents;

  @Setup
  public void setUp() {
    annotator = new QuoteAnnotator();
    documents = BenchData.analysed(language).stream().map(d -> d.withQuotes(List.of())).toList();
    if (documents.isEmpty()) {
      throw new IllegalStateException("no analysed " + language + " article in the corpus");
    }
  }

  @Benchmark
  public void annotate(Blackhole bh) {
    for (AnalyzedArticle d : documents) {
      bh.consume(annotator.annotate(d));
    }
  }
}
