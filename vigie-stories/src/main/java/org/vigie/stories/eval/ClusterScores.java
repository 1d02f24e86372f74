package org.vigie.stories.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * B-cubed and pairwise precision, recall and F1 of a system clustering against a gold one. Both are maps from item
 * id to cluster id; items are those of the gold map, and a gold item the system did not cluster counts as a
 * singleton. Precision (recall) is 1 when the system (gold) puts no two items together.
 */
public record ClusterScores(
    double bcubedPrecision,
    double bcubedRecall,
    double bcubedF1,
    double pairwisePrecision,
    double pairwiseRecall,
    double pairwiseF1,
    int items) {

  public static ClusterScores of(Map<String, String> gold, Map<String, String> system) {
    Map<String, String> sys = new HashMap<>();
    for (String item : gold.keySet()) {
      String cluster = system.get(item);
      sys.put(item, cluster == null ? "\u0000singleton:" + item : cluster);
    }
    Map<String, Integer> goldSizes = new HashMap<>();
    Map<String, Integer> sysSizes = new HashMap<>();
    Map<String, Integer> overlap = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String g = e.getValue();
      String s = sys.get(e.getKey());
      goldSizes.merge(g, 1, Integer::sum);
      sysSizes.merge(s, 1, Integer::sum);
      overlap.merge(g + "\u0001" + s, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String g = e.getValue();
      String s = sys.get(e.getKey());
      int both = overlap.get(g + "\u0001" + s);
      precision += (double) both / sysSizes.get(s);
      recall += (double) both / goldSizes.get(g);
    }
    int n = gold.size();
    double bp = n == 0 ? 1 : precision / n;
    double br = n == 0 ? 1 : recall / n;
    long truePairs = overlap.values().stream().mapToLong(ClusterScores::pairs).sum();
    long sysPairs = sysSizes.values().stream().mapToLong(ClusterScores::pairs).sum();
    long goldPairs = goldSizes.values().stream().mapToLong(ClusterScores::pairs).sum();
    double pp = sysPairs == 0 ? 1 : (double) truePairs / sysPairs;
    double pr = goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
    return new ClusterScores(bp, br, f1(bp, br), pp, pr, f1(pp, pr), n);
  }

  private static long pairs(int size) {
    return (long) size * (size - 1) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "B3 P=%.3f R=%.3f F1=%.3f | pairwise P=%.3f R=%.3f F1=%.3f (n=%d)",
        bcubedPrecision, bcubedRecall, bcubedF1, pairwisePrecision, pairwiseRecall, pairwiseF1, items);
  }
}
