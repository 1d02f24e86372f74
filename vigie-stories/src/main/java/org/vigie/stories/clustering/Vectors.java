package org.vigie.stories.clustering;

import java.util.HashMap;
import java.util.Map;

/** Sparse vectors as maps from feature to weight. */
final class Vectors {
  private Vectors() {}

  /** {@code tf × idf}, scaled to unit length. */
  static Map<String, Double> tfIdf(Map<String, Double> tf, DocumentFrequencies df) {
    Map<String, Double> out = new HashMap<>(tf.size() * 2);
    double norm = 0;
    for (Map.Entry<String, Double> e : tf.entrySet()) {
      double w = e.getValue() * df.idf(e.getKey());
      out.put(e.getKey(), w);
      norm += w * w;
    }
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      out.replaceAll((k, v) -> v * scale);
    }
    return out;
  }

  static double dot(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      Map<String, Double> t = a;
      a = b;
      b = t;
    }
    double sum = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) {
        sum += e.getValue() * w;
      }
    }
    return sum;
  }
}
