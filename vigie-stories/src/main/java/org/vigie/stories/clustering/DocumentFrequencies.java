package org.vigie.stories.clustering;

import java.util.HashMap;
import java.util.Map;

/** Document frequencies learned online, one count per feature per article. Not thread-safe. */
final class DocumentFrequencies {
  private final Map<String, Integer> counts = new HashMap<>();
  private final double priorDocuments;
  private int documents;

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
      counts.merge(feature, 1, Integer::sum);
    }
  }

  int documents() {
    return documents;
  }

  /** Smoothed inverse document frequency; a feature never seen weighs as much as one seen once. */
  double idf(String feature) {
    int df = Math.max(1, counts.getOrDefault(feature, 0));
    return Math.log((documents + 1.0 + priorDocuments) / df) + 1e-3;
  }
}
