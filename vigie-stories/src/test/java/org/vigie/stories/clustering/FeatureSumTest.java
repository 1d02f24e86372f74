package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FeatureSumTest {
  private static final List<String> VOCABULARY = List.of("dam", "breach", "valmoray", "tram", "strike", "chess",
      "open", "flood", "mayor", "river", "e:valmoray", "#1200");

  /** A story's sum of {@code articles} random articles, each also counted in {@code df}. */
  private static FeatureSum sumOfRandomArticles(Random random, DocumentFrequencies df, int articles) {
    FeatureSum sum = new FeatureSum();
    for (int i = 0; i < articles; i++) {
      Map<String, Double> article = randomArticle(random);
      df.add(article.keySet());
      sum.add(article);
    }
    return sum;
  }

  private static Map<String, Double> randomArticle(Random random) {
    Map<String, Double> tf = new java.util.TreeMap<>();
    for (int i = 0; i < 4; i++) {
      tf.merge(VOCABULARY.get(random.nextInt(VOCABULARY.size())), 1.0 + random.nextInt(3), Double::sum);
    }
    return tf;
  }

  @Test
  void withoutRefreshGrowth_theCachedNormIsTheRecomputedOne_afterEveryChange() {
    Random random = new Random(11);
    DocumentFrequencies df = new DocumentFrequencies(20);
    FeatureSum sum = new FeatureSum();
    for (int i = 0; i < 300; i++) {
      Map<String, Double> article = randomArticle(random);
      df.add(article.keySet());
      if (random.nextInt(3) == 0) {
        sum.add(article);
      }
      assertThat(sum.norm(df, 0)).isCloseTo(sum.exactNorm(df), within(1e-9));
    }
  }

  @Test
  void withRefreshGrowth_theNormIsRecomputed_onceTheCorpusHasGrownByThatShare() {
    Random random = new Random(5);
    DocumentFrequencies df = new DocumentFrequencies(0);
    FeatureSum sum = sumOfRandomArticles(random, df, 100);
    double cached = sum.norm(df, 0.5);
    assertThat(cached).isCloseTo(sum.exactNorm(df), within(1e-9));
    // Documents without the story's features: the idf of all its features drifts.
    for (int i = 0; i < 40; i++) {
      df.add(List.of("unrelated" + i));
    }
    assertThat(sum.norm(df, 0.5)).as("40% growth: still the cached norm").isEqualTo(cached);
    assertThat(sum.exactNorm(df)).isNotCloseTo(cached, within(1e-6));
    for (int i = 0; i < 20; i++) {
      df.add(List.of("unrelated" + i));
    }
    assertThat(sum.norm(df, 0.5)).as("60% growth: recomputed").isCloseTo(sum.exactNorm(df), within(1e-9));
  }

  @Test
  void entriesThatChanged_areReweighted_beforeTheNormIsRead() {
    DocumentFrequencies df = new DocumentFrequencies(0);
    df.add(List.of("dam", "flood"));
    df.add(List.of("dam"));
    FeatureSum sum = new FeatureSum();
    sum.add(Map.of("dam", 1.0));
    sum.norm(df, 10);
    sum.add(Map.of("dam", 2.0, "flood", 1.0));
    assertThat(sum.get("dam")).isEqualTo(3.0);
    assertThat(sum.norm(df, 10)).isCloseTo(sum.exactNorm(df), within(1e-12));
  }

  @Test
  void forgottenFeatures_leaveTheSumAndItsCachedNorm_theOthersKeepTheirOrderAndWeights() {
    Random random = new Random(3);
    DocumentFrequencies df = new DocumentFrequencies(0);
    FeatureSum sum = sumOfRandomArticles(random, df, 200);
    sum.norm(df, 0);
    sum.add(Map.of("dam", 1.0, "tram", 2.0)); // changed since: pending when forgotten, and kept
    double tram = sum.get("tram");
    List<String> before = List.copyOf(sum.features());
    sum.forget(java.util.Set.of("dam", "river", "absent"));

    assertThat(sum.features()).containsExactlyElementsOf(before.stream()
        .filter(f -> !f.equals("dam") && !f.equals("river")).toList());
    assertThat(sum.get("dam")).isZero();
    assertThat(sum.get("tram")).isEqualTo(tram);
    assertThat(sum.norm(df, 10)).isCloseTo(sum.exactNorm(df), within(1e-9));
  }

  @Test
  void keepingTheHeaviest_dropsTheLightestEntries_earliestFirstOnTies_andLeavesAnExactNorm() {
    DocumentFrequencies df = new DocumentFrequencies(0);
    FeatureSum sum = new FeatureSum();
    for (int f = 0; f < 5_000; f++) { // feature f weighs f % 100 + 1: 50 features of each weight
      String feature = "w" + f;
      df.add(List.of(feature));
      sum.add(Map.of(feature, f % 100 + 1.0));
    }
    sum.norm(df, 0);
    sum.add(Map.of("w99", 1.0, "w0", 1.0)); // pending when the cut comes: one kept, one dropped

    Set<String> dropped = sum.keepHeaviest(975); // 950 weigh more than 81: 25 of the 50 at 81 stay

    assertThat(sum.size()).isEqualTo(975);
    assertThat(dropped).hasSize(4_025).contains("w0").doesNotContain("w99");
    List<String> keptAt81 = sum.features().stream().filter(f -> sum.get(f) == 81.0).toList();
    assertThat(keptAt81).hasSize(25).containsExactlyElementsOf(IntStream.range(0, 25)
        .mapToObj(i -> "w" + (80 + 100 * i)).toList());
    assertThat(sum.norm(df, 10)).isCloseTo(sum.exactNorm(df), within(1e-9));
    assertThat(sum.features).as("the arrays shrink with the entries").hasSizeLessThanOrEqualTo(2_000);
  }

  @Test
  void anEntryAddedAfterARemoval_startsFromZero() {
    DocumentFrequencies df = new DocumentFrequencies(0);
    FeatureSum sum = new FeatureSum();
    for (int f = 0; f < 2_049; f++) {
      df.add(List.of("w" + f));
      sum.add(Map.of("w" + f, f + 1.0));
    }
    df.add(List.of("fresh", "later")); // counted now, so that the idf the cached norm used stays current
    sum.norm(df, 0);
    sum.add(Map.of("w0", 1.0)); // pending, then dropped
    sum.keepHeaviest(1_024);
    sum.forget(Set.of("w2048"));
    sum.add(Map.of("fresh", 1.0));
    sum.add(Map.of("later", 2.0));

    assertThat(sum.get("fresh")).isEqualTo(1.0);
    assertThat(sum.get("later")).isEqualTo(2.0);
    assertThat(sum.norm(df, 10)).isCloseTo(sum.exactNorm(df), within(1e-9));
  }
}
