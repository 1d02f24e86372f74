package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A story's summed feature weights — its centroid before TF-IDF weighting and normalisation — with the norm of
 * the weighted centroid cached, so that a cosine with an article costs as many look-ups as the article has
 * features, not as many as the story has.
 *
 * <p>The cached norm is exact for the entries that changed since it was last read (they are re-weighted then); the
 * other entries keep the inverse document frequencies of the last full computation, which is redone once the
 * document count has grown by the given share. Features of steady frequency keep a steady idf, so the stale part
 * drifts little. Not thread-safe.
 */
final class FeatureSum {
  static final class Entry {
    final String feature;
    DocumentFrequencies.@Nullable Count count;
    double sum;
    double weighted;
    boolean pending;

    Entry(String feature) {
      this.feature = feature;
    }
  }

  final Map<String, Entry> entries = new HashMap<>();
  /** The entries again, in a list: a full recomputation iterates it much faster than the map. */
  final List<Entry> all = new ArrayList<>();
  final List<Entry> pending = new ArrayList<>();
  double squaredNorm;
  int normDocuments = -1;

  void add(Map<String, Double> weights) {
    weights.forEach((feature, weight) -> {
      Entry e = entries.get(feature);
      if (e == null) {
        e = new Entry(feature);
        entries.put(feature, e);
        all.add(e);
      }
      e.sum += weight;
      if (!e.pending) {
        e.pending = true;
        pending.add(e);
      }
    });
  }

  /** Removes these features' entries, their share of the cached norm with them. */
  void forget(Set<String> features) {
    boolean any = false;
    for (Entry e : all) {
      if (features.contains(e.feature)) {
        squaredNorm -= e.weighted * e.weighted;
        entries.remove(e.feature);
        any = true;
      }
    }
    if (any) {
      all.removeIf(e -> features.contains(e.feature));
      pending.removeIf(e -> features.contains(e.feature));
    }
  }

  /** The summed weight of {@code feature}, 0 when absent. */
  double get(String feature) {
    Entry e = entries.get(feature);
    return e == null ? 0 : e.sum;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  int size() {
    return entries.size();
  }

  Set<String> features() {
    return entries.keySet();
  }

  /**
   * The norm of the TF-IDF weighted sum: recomputed in full when the document count has grown by more than
   * {@code refreshGrowth} (a share) since the last full computation, else updated for the entries changed since.
   */
  double norm(DocumentFrequencies df, double refreshGrowth) {
    int documents = df.documents();
    if (normDocuments < 0 || documents > normDocuments * (1 + refreshGrowth)) {
      double sum = 0;
      for (Entry e : all) {
        e.weighted = e.sum * idf(e, df);
        e.pending = false;
        sum += e.weighted * e.weighted;
      }
      pending.clear();
      squaredNorm = sum;
      normDocuments = documents;
    } else if (!pending.isEmpty()) {
      for (Entry e : pending) {
        squaredNorm -= e.weighted * e.weighted;
        e.weighted = e.sum * idf(e, df);
        e.pending = false;
        squaredNorm += e.weighted * e.weighted;
      }
      pending.clear();
    }
    return Math.sqrt(Math.max(0, squaredNorm));
  }

  /** The feature's idf, through the count the entry holds once the feature has been counted. */
  private static double idf(Entry e, DocumentFrequencies df) {
    if (e.count == null) {
      e.count = df.count(e.feature);
    }
    return df.idf(e.count);
  }

  /** The norm recomputed from scratch with the current document frequencies (for tests and checks). */
  double exactNorm(DocumentFrequencies df) {
    double sum = 0;
    for (Entry e : entries.values()) {
      double w = e.sum * df.idf(e.feature);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }
}
