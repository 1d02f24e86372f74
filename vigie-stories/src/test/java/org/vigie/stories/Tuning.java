package org.vigie.stories;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Story;
import org.vigie.stories.clustering.ClusteringConfig;
import org.vigie.stories.clustering.StoryClusterer;
import org.vigie.stories.eval.ClusterScores;
import org.vigie.stories.eval.Halves;

/**
 * Not a test: a developer's tool that analyses both corpora once and prints dev-half scores for the baseline and a
 * grid of configurations (tune on these only). {@code full} prints the defaults and the baseline on both halves,
 * test included; {@code diag threshold entityWeight memberWeight yearConflict} lists mixed and split stories.
 * Run it from the test class path: {@code java -Dvigie.shared=../../shared -cp target/classes:target/test-classes:...
 * org.vigie.stories.Tuning [full|diag ...]}.
 */
public final class Tuning {
  private Tuning() {}

  public static void main(String[] args) {
    Path shared = Corpora.shared();
    Path ecb = shared.resolve("corpora/ecbplus");
    Path fr = shared.resolve("corpora/fr-headline-clusters");
    Map<String, String> ecbGold = Corpora.gold(ecb);
    Map<String, String> frGold = Corpora.gold(fr);
    Map<String, String> ecbDev = Halves.ecbPlus(ecbGold, true);
    Map<String, String> ecbTest = Halves.ecbPlus(ecbGold, false);
    Map<String, String> frDev = Halves.storyGroups(frGold, true);
    Map<String, String> frTest = Halves.storyGroups(frGold, false);
    long t0 = System.nanoTime();
    List<AnalyzedArticle> ecbAll = Corpora.analyse(ecb, ecbGold.keySet());
    List<AnalyzedArticle> frAll = Corpora.analyse(fr, frGold.keySet());
    System.out.printf("analysed in %.1fs%n", (System.nanoTime() - t0) / 1e9);
    List<AnalyzedArticle> ecbDevA = ecbAll.stream().filter(a -> ecbDev.containsKey(a.id())).toList();
    List<AnalyzedArticle> ecbTestA = ecbAll.stream().filter(a -> ecbTest.containsKey(a.id())).toList();
    List<AnalyzedArticle> frDevA = frAll.stream().filter(a -> frDev.containsKey(a.id())).toList();
    List<AnalyzedArticle> frTestA = frAll.stream().filter(a -> frTest.containsKey(a.id())).toList();
    boolean full = args.length > 0 && args[0].equals("full");
    if (args.length > 0 && args[0].equals("diag")) {
      ClusteringConfig c = ClusteringConfig.defaults().withThreshold(Double.parseDouble(args[1]))
          .withEntityWeight(Double.parseDouble(args[2])).withMemberWeight(Double.parseDouble(args[3])).withYearConflictFactor(Double.parseDouble(args[4]));
      diag(StoryClusterer.create(c), ecbDevA, ecbDev);
      diag(StoryClusterer.create(c), frDevA, frDev);
      return;
    }
    for (double t = 0.125; t <= 0.13; t += 0.025) {
      double th = t;
      report("baseline " + fmt(th), () -> StoryClusterer.naiveBaseline(th), ecbDevA, ecbDev, frDevA, frDev, full,
          ecbTestA, ecbTest, frTestA, frTest);
    }
    ClusteringConfig base = ClusteringConfig.defaults();
    report("defaults", () -> StoryClusterer.create(base), ecbDevA, ecbDev, frDevA, frDev, true, ecbTestA, ecbTest,
        frTestA, frTest);
    if (full) {
      return;
    }
    for (double timeScale : new double[] {30, 300}) {
      for (int window : new int[] {60, 400}) {
        for (double dayConflict : new double[] {1, 0.5, 0.3, 0.2}) {
          for (int tolerance : new int[] {3, 7}) {
            for (double th = 0.08; th <= 0.115; th += 0.01) {
              ClusteringConfig c = base.withDayConflict(dayConflict, tolerance).withTimeScaleDays(timeScale)
                  .withWindow(window, base.maxActiveStories()).withThreshold(th);
              report("ts=" + timeScale + " w=" + window + " dc=" + dayConflict + " tol=" + tolerance + " th=" + fmt(th),
                  () -> StoryClusterer.create(c), ecbDevA, ecbDev, frDevA, frDev, false, ecbTestA, ecbTest, frTestA,
                  frTest);
            }
          }
        }
      }
    }
  }

  private static void diag(StoryClusterer c, List<AnalyzedArticle> articles, Map<String, String> gold) {
    c.addAll(articles);
    Map<String, String> titles = new HashMap<>();
    articles.forEach(a -> titles.put(a.id(), a.article().published() + " " + a.title()));
    for (Story s : c.stories()) {
      Map<String, Long> labels = new java.util.TreeMap<>();
      s.articles().forEach(a -> labels.merge(gold.get(a), 1L, Long::sum));
      if (labels.size() > 1) {
        System.out.println("MIXED " + s.id() + " " + labels);
        for (String a : s.articles()) {
          System.out.println("   " + gold.get(a) + " " + a + " | " + titles.get(a));
        }
      }
    }
    Map<String, java.util.Set<String>> split = new java.util.TreeMap<>();
    for (Story s : c.stories()) {
      s.articles().forEach(a -> split.computeIfAbsent(gold.get(a), k -> new java.util.TreeSet<>()).add(s.id()));
    }
    split.forEach((g, ss) -> {
      if (ss.size() > 1) {
        System.out.println("SPLIT " + g + " into " + ss.size());
        for (Story s : c.stories()) {
          if (ss.contains(s.id())) {
            System.out.println("  part " + s.id());
            s.articles().stream().filter(a -> g.equals(gold.get(a))).forEach(a -> System.out.println("     " + a + " | " + titles.get(a)));
          }
        }
      }
    });
    System.out.println(ClusterScores.of(gold, systemMap(c)));
  }

  private static String fmt(double d) {
    return String.format(java.util.Locale.ROOT, "%.3f", d);
  }

  static Map<String, String> systemMap(StoryClusterer clusterer) {
    Map<String, String> map = new HashMap<>();
    for (Story s : clusterer.stories()) {
      s.articles().forEach(a -> map.put(a, s.id()));
    }
    return map;
  }

  static ClusterScores run(Supplier<StoryClusterer> factory, List<AnalyzedArticle> articles, Map<String, String> gold) {
    StoryClusterer c = factory.get();
    c.addAll(articles);
    return ClusterScores.of(gold, systemMap(c));
  }

  private static void report(String name, Supplier<StoryClusterer> factory, List<AnalyzedArticle> ecbDevA,
      Map<String, String> ecbDev, List<AnalyzedArticle> frDevA, Map<String, String> frDev, boolean full,
      List<AnalyzedArticle> ecbTestA, Map<String, String> ecbTest, List<AnalyzedArticle> frTestA,
      Map<String, String> frTest) {
    ClusterScores e = run(factory, ecbDevA, ecbDev);
    ClusterScores f = run(factory, frDevA, frDev);
    String line = String.format(java.util.Locale.ROOT, "%-32s ECBdev %.3f (P%.3f R%.3f pw%.3f)  FRdev %.3f (P%.3f R%.3f pw%.3f)  min %.3f",
        name, e.bcubedF1(), e.bcubedPrecision(), e.bcubedRecall(), e.pairwiseF1(), f.bcubedF1(), f.bcubedPrecision(),
        f.bcubedRecall(), f.pairwiseF1(), Math.min(e.bcubedF1() - 0.93, f.bcubedF1() - 0.88));
    if (full) {
      ClusterScores et = run(factory, ecbTestA, ecbTest);
      ClusterScores ft = run(factory, frTestA, frTest);
      line += "\n    TEST ecb " + et + "\n    TEST fr  " + ft;
    }
    System.out.println(line);
  }
}
