package org.vigie.stories.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Deterministic dev/test halves of a gold clustering: the groups (e.g. ECB+ topic numbers, French story groups)
 * are sorted, and the items of the groups at even positions form the dev half, the others the test half. Tune on
 * dev only.
 */
public final class Halves {
  private Halves() {}

  /**
   * @param gold    item id → gold cluster id
   * @param groupOf gold cluster id → the group it belongs to; the split never cuts a group
   * @param order   how groups sort (numerically for ECB+ topics)
   * @param dev     true for the dev half, false for the test half
   */
  public static <G> Map<String, String> half(
      Map<String, String> gold, Function<String, G> groupOf, java.util.Comparator<G> order, boolean dev) {
    List<G> groups = gold.values().stream().map(groupOf).distinct().sorted(order).toList();
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      boolean even = groups.indexOf(groupOf.apply(e.getValue())) % 2 == 0;
      if (even == dev) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** ECB+: the group of {@code 12_ecb} or {@code 12_plus} is topic 12, sorted numerically. */
  public static Map<String, String> ecbPlus(Map<String, String> gold, boolean dev) {
    return Halves.<Integer>half(gold, story -> Integer.parseInt(story.substring(0, story.indexOf('_'))),
        java.util.Comparator.naturalOrder(), dev);
  }

  /**
   * Either of the above, told from the ids: when every story id starts with a topic number and an underscore
   * ({@code 12_ecb}), the stories of one topic stay in the same half; otherwise each story is its own group.
   */
  public static Map<String, String> byTopicOrStory(Map<String, String> gold, boolean dev) {
    boolean topics = !gold.isEmpty() && gold.values().stream().allMatch(story -> story.matches("\\d+_.*"));
    return topics ? ecbPlus(gold, dev) : storyGroups(gold, dev);
  }

  /** French headline clusters: each story group is its own group, sorted as strings. */
  public static Map<String, String> storyGroups(Map<String, String> gold, boolean dev) {
    return Halves.<String>half(gold, Function.identity(), java.util.Comparator.naturalOrder(), dev);
  }
}
