package org.vigie.stories.clustering;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * An immutable feature → weight map in two parallel arrays sorted by feature, for the articles a clusterer keeps:
 * 16 bytes an entry instead of about a hundred for a {@code TreeMap} of boxed weights with the article's own copy
 * of each feature string. Iterates in key order, as the extractor's {@code TreeMap}s do, so sums come out the same.
 */
final class CompactWeights extends AbstractMap<String, Double> {
  final String[] features;
  final double[] weights;

  CompactWeights(String[] features, double[] weights) {
    this.features = features;
    this.weights = weights;
  }

  /** A copy of {@code map} whose keys are passed through {@code canonical} (e.g. to share one string a feature). */
  static CompactWeights of(Map<String, Double> map, UnaryOperator<String> canonical) {
    String[] features = new String[map.size()];
    double[] weights = new double[map.size()];
    int i = 0;
    for (Map.Entry<String, Double> e : map.entrySet()) {
      features[i] = e.getKey();
      weights[i] = e.getValue();
      i++;
    }
    if (!isSorted(features)) {
      Integer[] order = new Integer[features.length];
      Arrays.setAll(order, k -> k);
      Arrays.sort(order, (a, b) -> features[a].compareTo(features[b]));
      String[] f = new String[features.length];
      double[] w = new double[features.length];
      for (int k = 0; k < order.length; k++) {
        f[k] = features[order[k]];
        w[k] = weights[order[k]];
      }
      System.arraycopy(f, 0, features, 0, f.length);
      System.arraycopy(w, 0, weights, 0, w.length);
    }
    for (int k = 0; k < features.length; k++) {
      features[k] = canonical.apply(features[k]);
    }
    return new CompactWeights(features, weights);
  }

  private static boolean isSorted(String[] features) {
    for (int i = 1; i < features.length; i++) {
      if (features[i - 1].compareTo(features[i]) >= 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int size() {
    return features.length;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public Double get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : weights[i];
  }

  private int indexOf(Object key) {
    return key instanceof String s ? Arrays.binarySearch(features, s) : -1;
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Double> action) {
    for (int i = 0; i < features.length; i++) {
      action.accept(features[i], weights[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, Double>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return features.length;
      }

      @Override
      public Iterator<Map.Entry<String, Double>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < features.length;
          }

          @Override
          public Map.Entry<String, Double> next() {
            if (next >= features.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(features[i], weights[i]);
          }
        };
      }
    };
  }
}
