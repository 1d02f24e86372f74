package org.vigie.bench.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigie.bench.Corpus;
import org.vigie.bench.Recombiner;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.nlp.Analyzers;

/** The real texts the micro-benchmarks run on, loaded once per forked JVM. */
final class BenchData {
  private BenchData() {}

  private static List<AnalyzedArticle> analysed;

  static Path samples() {
    return Corpus.repositoryRoot().resolve("samples");
  }

  static byte[] bytes(String sample) {
    try {
      return Files.readAllBytes(samples().resolve(sample));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample " + sample + " (run from the repository root)", e);
    }
  }

  /** The default corpus (samples/ and ../shared/seeds). */
  static List<Article> corpus() {
    return Corpus.standard();
  }

  /** The default corpus analysed by the standard pipeline, once per JVM. */
  static synchronized List<AnalyzedArticle> analysed() {
    if (analysed == null) {
      analysed = Analyzers.standard().analyzeAll(corpus(), Runtime.getRuntime().availableProcessors());
    }
    return analysed;
  }

  /** The analysed corpus articles in {@code language}. */
  static List<AnalyzedArticle> analysed(String language) {
    List<AnalyzedArticle> out = new ArrayList<>();
    for (AnalyzedArticle a : analysed()) {
      if (language.equals(a.language())) {
        out.add(a);
      }
    }
    return out;
  }

  static Recombiner recombiner() {
    return new Recombiner(analysed());
  }
}
