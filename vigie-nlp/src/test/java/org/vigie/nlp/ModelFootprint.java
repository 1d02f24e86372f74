package org.vigie.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.nlp.corenlp.CoreNlpTagger;
import org.vigie.nlp.language.LanguageIdentifier;

/**
 * Prints model load times, heap after each load and throughput on the seeds. Not a test; run by hand:
 *
 * <pre>
 * ./mvnw -q -o test-compile -pl vigie-nlp
 * java -Xmx4g -Dvigie.shared=../shared -cp "vigie-nlp/target/test-classes:vigie-nlp/target/classes:$(cat cp.txt)" \
 *     org.vigie.nlp.ModelFootprint
 * </pre>
 *
 * where cp.txt comes from {@code ./mvnw -q -o dependency:build-classpath -pl vigie-nlp -Dmdep.outputFile=cp.txt}.
 */
public final class ModelFootprint {
  private ModelFootprint() {}

  public static void main(String[] args) {
    report("baseline", 0);
    long start = System.nanoTime();
    new LanguageIdentifier().warmUp();
    report("lingua (6 languages)", start);
    start = System.nanoTime();
    CoreNlpTagger.warmUp("fr");
    report("CoreNLP fr", start);
    start = System.nanoTime();
    CoreNlpTagger.warmUp("en");
    report("CoreNLP en", start);

    Pipeline pipeline = Analyzers.standard();
    List<Article> seeds = List.of(Seeds.seed000(), Seeds.seed003());
    for (int i = 0; i < 5; i++) {
      pipeline.analyzeAll(seeds, 1); // warm the JIT
    }
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      batch.add(seeds.get(i % 2).withId("copy-" + i));
    }
    for (int threads : new int[] {1, 2}) {
      long begin = System.nanoTime();
      List<AnalyzedArticle> results = pipeline.analyzeAll(batch, threads);
      double seconds = (System.nanoTime() - begin) / 1e9;
      long tokens = results.stream().mapToLong(result -> result.tokens().size()).sum();
      long chars = results.stream().mapToLong(result -> result.text().length()).sum();
      System.out.printf("seeds x%d on %d thread(s): %d tokens, %d chars in %.2f s = %.0f tokens/s, %.1f articles/s%n",
          batch.size(), threads, tokens, chars, seconds, tokens / seconds, batch.size() / seconds);
    }
    report("after analysis", 0);
    System.out.println("supported: " + Set.copyOf(Analyzers.supportedLanguages()));
  }

  private static void report(String what, long startNanos) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime runtime = Runtime.getRuntime();
    long usedMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    double seconds = startNanos == 0 ? 0 : (System.nanoTime() - startNanos) / 1e9;
    System.out.printf("%-22s load %5.1f s   heap used after GC %5d MB%n", what, seconds, usedMb);
  }
}
