package org.vigie.stories.clustering;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Document frequencies learned online, one count per feature per article. Each feature is kept as one string
 * instance, which {@link #canonical} hands out so that the articles a clusterer keeps share it; its {@link Count}
 * can be held by whoever reads its idf often (a story's sums), saving the look-up. Not thread-safe.
 */
final class DocumentFrequencies {
  /** How many articles hold one feature, with the logarithm of that count cached. */
  static final class Count {
    final String feature;
    int documents;
    /** The number of articles counted when this feature was last counted. */
    int lastSeen;
    private double logDocuments;

    Count(String feature) {
      this.feature = feature;
    }
  }

  final Map<String, Count> counts = new HashMap<>();
  private final double priorDocuments;
  private int documents;
  private double logTotal;

  /**
   * @param priorDocuments pseudo-documents that hold no feature, so that the first articles of a stream do not
   *                       make every shared feature look common
   */
  DocumentFrequencies(double priorDocuments) {
    this.priorDocuments = priorDocuments;
    this.logTotal = Math.log(1.0 + priorDocuments);
  }

  void add(Iterable<String> features) {
    documents++;
    logTotal = Math.log(documents + 1.0 + priorDocuments);
    for (String feature : features) {
      Count count = counts.get(feature);
      if (count == null) {
        count = new Count(feature);
        counts.put(feature, count);
      }
      count.documents++;
      count.lastSeen = documents;
      count.logDocuments = Math.log(count.documents);
    }
  }

  int documents() {
    return documents;
  }

  /** Sets the number of articles counted, as a snapshot saved it. */
  void restoreDocuments(int articles) {
    documents = articles;
    logTotal = Math.log(documents + 1.0 + priorDocuments);
  }

  /** Adds a feature's count as a snapshot saved it. */
  void restore(String feature, int documents, int lastSeen) {
    Count count = new Count(feature);
    count.documents = documents;
    count.lastSeen = lastSeen;
    count.logDocuments = Math.log(documents);
    counts.put(feature, count);
  }

  /**
   * Forgets the features counted in n articles that were last counted at least n × {@code after} articles ago, and
   * returns them: a feature seen once goes after {@code after} articles, one seen often stays as many times longer.
   */
  Set<String> forgetUnseen(int after) {
    Set<String> forgotten = new HashSet<>();
    counts.values().removeIf(count -> {
      if (documents - count.lastSeen >= (long) after * count.documents) {
        forgotten.add(count.feature);
        return true;
      }
      return false;
    });
    return forgotten;
  }

  /** The instance of {@code feature} kept here, or {@code feature} itself when it was never counted. */
  String canonical(String feature) {
    Count count = counts.get(feature);
    return count == null ? feature : count.feature;
  }

  /** The count of {@code feature}, or null when it was never counted. */
  @Nullable Count count(String feature) {
    return counts.get(feature);
  }

  /** Smoothed inverse document frequency; a feature never seen weighs as much as one seen once. */
  double idf(String feature) {
    return idf(counts.get(feature));
  }

  double idf(@Nullable Count count) {
    return logTotal - (count == null ? 0 : count.logDocuments) + 1e-3;
  }
}
