package org.vigie.bench.jmh;

import java.time.LocalDate;
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
import org.vigie.bench.Corpus;
import org.vigie.model.Article;
import org.vigie.model.TimeMention;
import org.vigie.time.TimeTagger;

/**
 * The temporal tagger over every corpus article of one language (one operation = the whole set). The language of
 * each text is the one its input declares or, for plain texts, the file's known language.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimeTaggerBenchmark {

  @Param({"fr", "en"})
  public String language;

  private TimeTagger tagger;
  private List<Article> texts;

  @Setup
  public void setUp() {
    tagger = new TimeTagger();
    List<String> files = language.equals("fr")
        ? List.of("peche-nord-matin.txt", "peche-courrier-estuaire.txt", "crue-echo-des-cimes-cp1252.txt")
        : List.of("crue-mountain-herald.txt", "peche-northern-fisherman.txt", "greve-channel-gazette.txt");
    var inputs = new java.util.ArrayList<java.nio.file.Path>();
    files.forEach(f -> inputs.add(BenchData.samples().resolve(f)));
    var seeds = Corpus.resolveShared("seeds");
    if (language.equals("fr") && seeds != null) {
      inputs.add(seeds);
    }
    texts = Corpus.read(inputs);
  }

  @Benchmark
  public void tag(Blackhole bh) {
    for (Article a : texts) {
      LocalDate dct = a.published();
      bh.consume(tagger.tag(a.text(), language, dct));
    }
  }

  /** One sentence of 3,000 weekdays: guessing their tenses was once quadratic in the sentence length. */
  @Benchmark
  public List<TimeMention> longSentenceOfWeekdays() {
    String day = language.equals("fr") ? "lundi, " : "Monday, ";
    return tagger.tag(day.repeat(3000), language, LocalDate.of(2026, 2, 6));
  }
}
