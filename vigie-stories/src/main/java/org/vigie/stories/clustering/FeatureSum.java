package org.vigie.stories.clustering;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's summed feature weights — its centroid before TF-IDF weighting and normalisation — with the norm of
 * the weighted centroid cached, so that a cosine with an article costs as many look-ups as the article has
 * features, not as many as the story has.
 *
 * <p>The cached norm is exact for the entries that changed since it was last read (they are re-weighted then); the
 * other entries keep the inverse document frequencies of the last full computation, which is redone once the
 * document count has grown by the given share. Features of steady frequency keep a steady idf, so the stale part
 * drifts little.
 *
 * <p>The entries sit in parallel arrays in the order they were first added, found through an open-addressing table
 * of their positions: about 40 bytes an entry instead of about 90 for an object per entry in a hash map, and a
 * window of thousands of stories holds millions of entries. Not thread-safe.
 */
final class FeatureSum {
  private static final double[] NO_DOUBLES = {};

  String[] features = new String[0];
  double[] sums = NO_DOUBLES;
  /** Each entry's weighted value as last computed (its share of {@link #squaredNorm}). */
  double[] weighted = NO_DOUBLES;
  /** Each entry's count in the document frequencies, once looked up. */
  private DocumentFrequencies.Count[] counts = new DocumentFrequencies.Count[0];
  boolean[] pending = new boolean[0];
  int size;
  /** The positions of the entries changed since the norm was last read, in the order they changed. */
  int[] pendingOrder = new int[0];
  int pendingCount;
  /** Open addressing: position + 1 of the entry whose feature hashes there, 0 when free. */
  private int[] table = new int[0];
  double squaredNorm;
  int normDocuments = -1;

  void add(Map<String, Double> weights) {
    weights.forEach((feature, weight) -> {
      int i = indexOf(feature);
      if (i < 0) {
        i = append(feature);
      }
      sums[i] += weight;
      markPending(i);
    });
  }

  /** Appends an entry with a zero sum (a snapshot then sets its values); returns its position. */
  int append(String feature) {
    if (size == features.length) {
      resize(Math.max(4, size * 2));
    }
    int i = size++;
    features[i] = feature;
    sums[i] = 0; // a removal leaves its old values behind the last entry
    weighted[i] = 0;
    counts[i] = null;
    pending[i] = false;
    if (size * 2 > table.length) {
      rehash(Math.max(8, table.length * 2));
    } else {
      place(i);
    }
    return i;
  }

  /** Gives the entries' parallel arrays this length, keeping the first {@code size} entries. */
  private void resize(int length) {
    features = Arrays.copyOf(features, length);
    sums = Arrays.copyOf(sums, length);
    weighted = Arrays.copyOf(weighted, length);
    counts = Arrays.copyOf(counts, length);
    pending = Arrays.copyOf(pending, length);
  }

  /** Marks an entry changed since the norm was last read. */
  void markPending(int i) {
    if (!pending[i]) {
      pending[i] = true;
      if (pendingCount == pendingOrder.length) {
        pendingOrder = Arrays.copyOf(pendingOrder, Math.max(4, pendingCount * 2));
      }
      pendingOrder[pendingCount++] = i;
    }
  }

  /** The position of {@code feature}, or -1. */
  int indexOf(String feature) {
    if (size == 0) {
      return -1;
    }
    int mask = table.length - 1;
    for (int slot = spread(feature.hashCode()) & mask; ; slot = (slot + 1) & mask) {
      int at = table[slot];
      if (at == 0) {
        return -1;
      }
      if (features[at - 1].equals(feature)) {
        return at - 1;
      }
    }
  }

  private void place(int i) {
    int mask = table.length - 1;
    int slot = spread(features[i].hashCode()) & mask;
    while (table[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    table[slot] = i + 1;
  }

  private void rehash(int capacity) {
    table = new int[capacity];
    for (int i = 0; i < size; i++) {
      place(i);
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * Keeps the {@code keep} entries of largest sum (the earlier added on ties) and removes the others, their share
   * of the cached norm with them; returns the features removed. The entries of smallest sum are the features few
   * of a large story's members brought: they weigh least in its cosines.
   */
  Set<String> keepHeaviest(int keep) {
    if (size <= keep) {
      return Set.of();
    }
    double[] sorted = Arrays.copyOf(sums, size);
    Arrays.sort(sorted);
    double threshold = sorted[size - keep];
    int above = 0;
    for (int i = 0; i < size; i++) {
      if (sums[i] > threshold) {
        above++;
      }
    }
    int tiesKept = keep - above;
    Set<String> dropped = new HashSet<>();
    for (int i = 0; i < size; i++) {
      if (sums[i] < threshold || sums[i] == threshold && tiesKept-- <= 0) {
        dropped.add(features[i]);
      }
    }
    forget(dropped);
    return dropped;
  }

  /** Removes these features' entries, their share of the cached norm with them; the others keep their order. */
  void forget(Set<String> forgotten) {
    int[] moved = new int[size];
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (forgotten.contains(features[i])) {
        squaredNorm -= weighted[i] * weighted[i];
        moved[i] = -1;
        continue;
      }
      moved[i] = kept;
      features[kept] = features[i];
      sums[kept] = sums[i];
      weighted[kept] = weighted[i];
      counts[kept] = counts[i];
      pending[kept] = pending[i];
      kept++;
    }
    if (kept == size) {
      return;
    }
    Arrays.fill(features, kept, size, null);
    Arrays.fill(counts, kept, size, null);
    int pendingKept = 0;
    for (int p = 0; p < pendingCount; p++) {
      int to = moved[pendingOrder[p]];
      if (to >= 0) {
        pendingOrder[pendingKept++] = to;
      }
    }
    pendingCount = pendingKept;
    size = kept;
    if (features.length >= 4 * Math.max(4, size)) { // a large removal gives its memory back
      resize(Math.max(4, size * 2));
      pendingOrder = Arrays.copyOf(pendingOrder, Math.max(4, pendingCount * 2));
    }
    int capacity = 8;
    while (capacity < size * 2) {
      capacity *= 2;
    }
    rehash(capacity);
  }

  /** The summed weight of {@code feature}, 0 when absent. */
  double get(String feature) {
    int i = indexOf(feature);
    return i < 0 ? 0 : sums[i];
  }

  boolean isEmpty() {
    return size == 0;
  }

  int size() {
    return size;
  }

  /** The features, in the order first added. */
  List<String> features() {
    return Arrays.asList(features).subList(0, size);
  }

  /**
   * The norm of the TF-IDF weighted sum: recomputed in full when the document count has grown by more than
   * {@code refreshGrowth} (a share) since the last full computation, else updated for the entries changed since.
   */
  double norm(DocumentFrequencies df, double refreshGrowth) {
    int documents = df.documents();
    if (normDocuments < 0 || documents > normDocuments * (1 + refreshGrowth)) {
      double sum = 0;
      for (int i = 0; i < size; i++) {
        weighted[i] = sums[i] * idf(i, df);
        pending[i] = false;
        sum += weighted[i] * weighted[i];
      }
      pendingCount = 0;
      squaredNorm = sum;
      normDocuments = documents;
    } else if (pendingCount > 0) {
      for (int p = 0; p < pendingCount; p++) {
        int i = pendingOrder[p];
        squaredNorm -= weighted[i] * weighted[i];
        weighted[i] = sums[i] * idf(i, df);
        pending[i] = false;
        squaredNorm += weighted[i] * weighted[i];
      }
      pendingCount = 0;
    }
    return Math.sqrt(Math.max(0, squaredNorm));
  }

  /** The feature's idf, through the count the entry holds once the feature has been counted. */
  private double idf(int i, DocumentFrequencies df) {
    if (counts[i] == null) {
      counts[i] = df.count(features[i]);
    }
    return df.idf(counts[i]);
  }

  /** The norm recomputed from scratch with the current document frequencies (for tests and checks). */
  double exactNorm(DocumentFrequencies df) {
    double sum = 0;
    for (int i = 0; i < size; i++) {
      double w = sums[i] * df.idf(features[i]);
      sum += w * w;
    }
    return Math.sqrt(sum);
  }
}
