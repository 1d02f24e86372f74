package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LshBucketsTest {

  private static ArticleFeatures article(String id) {
    return new ArticleFeatures(id, id, "en", null, false,
        Collections.nCopies(FeatureSpace.ALL.length, Map.<String, Double>of()), Set.of(), new EventDays(),
        new long[0]);
  }

  @Test
  void aBucketKeepsItsMostRecentArticles() {
    LshBuckets buckets = new LshBuckets(2);
    List<ArticleFeatures> a = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      a.add(article("a" + i));
      buckets.add(42L, a.get(i));
    }
    buckets.add(7L, a.get(0));
    assertThat(buckets.articles(42L)).containsExactly(a.get(2), a.get(3));
    assertThat(buckets.articles(7L)).containsExactly(a.get(0));
    buckets.remove(42L, a.get(3));
    buckets.remove(7L, a.get(0));
    assertThat(buckets.articles(42L)).containsExactly(a.get(2));
    assertThat(buckets.articles(7L)).isEmpty();
  }
}
