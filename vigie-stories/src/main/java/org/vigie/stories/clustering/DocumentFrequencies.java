package org.vigie.stories.clustering;

import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies learned online, one count per feature per article. Each feature is kept as one string
 * instance, which {@link #canonical} hands out so that the articles a clusterer keeps share it. Not thread-safe.
 */
final class DocumentFrequencies {
  static final class Count {
    final String feature;
    int documents;

    Count(String feature) {
      this.feature = feature;
    }
  }

  final Map<String, Count> counts = new HashMap<>();
  private final double priorDocuments;
  int documents;

  /**
   * @param priorDocuments pseudo-documents that hold no feature, so that the first articles of a stream do not
   *                       make every shared feature look common
   */
  DocumentFrequencies(double priorDocuments) {
    this.priorDocuments = priorDocuments;
  }

  void add(Iterable<String> features) {
    documents++;
    for (String feature : features) {
      counts.computeIfAbsent(feature, Count::new).documents++;
    }
  }

  int documents() {
    return documents;
  }

  /** The instance of {@code feature} kept here, or {@code feature} itself when it was never counted. */
  String canonical(String feature) {
    Count count = counts.get(feature);
    return count == null ? feature : count.feature;
  }

  /** Smoothed inverse document frequency; a feature never seen weighs as much as one seen once. */
  double idf(String feature) {
    Count count = counts.get(feature);
    int df = count == null ? 1 : Math.max(1, count.documents);
    return Math.log((documents + 1.0 + priorDocuments) / df) + 1e-3;
  }
}
