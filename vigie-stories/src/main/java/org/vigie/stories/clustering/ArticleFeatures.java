package org.vigie.stories.clustering;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the clusterer keeps of an article: its language, whether it is a headline alone (no body), sublinear term
 * frequencies in each {@link FeatureSpace}, the years it mentions or is dated in, the days it names or is dated on,
 * and its MinHash signature.
 *
 * @param spaces one weight map per {@link FeatureSpace}, in the enum's order
 */
record ArticleFeatures(
    String id,
    String title,
    String language,
    @Nullable LocalDate published,
    boolean headline,
    List<Map<String, Double>> spaces,
    Set<Integer> years,
    EventDays days,
    long[] signature) {

  ArticleFeatures {
    if (spaces.size() != FeatureSpace.ALL.length) {
      throw new IllegalArgumentException("one weight map per feature space expected, got " + spaces.size());
    }
    spaces = List.copyOf(spaces);
  }

  Map<String, Double> weights(FeatureSpace space) {
    return spaces.get(space.ordinal());
  }
}
