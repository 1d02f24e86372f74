package org.vigie.stories.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds for cross-validation by topic: the stories of one topic never fall in different folds, so that a model
 * scored on a fold has seen none of its topics. The topic is read from the story id: {@code 12_ecb} and
 * {@code 12_plus} are ECB+ topic 12 (two events of the same kind); {@code sports-5} is section {@code sports} of the
 * French headline groups (the aggregator's category: transfers, tech deals and heatwave stories stay together);
 * any other id is its own topic. When the ids give fewer topics than folds, each story is its own topic.
 *
 * <p>Topics go to folds largest first, each to the fold with the fewest articles so far (the lowest fold on ties):
 * the same gold file always gives the same folds.
 */
public final class Folds {
  private static final Pattern NUMBERED_TOPIC = Pattern.compile("^(\\d+)_.+");
  private static final Pattern SECTION = Pattern.compile("^(.+)-\\d+$");

  private Folds() {}

  /** The topic of a story id (see the class comment). */
  public static String topicOf(String story) {
    Matcher numbered = NUMBERED_TOPIC.matcher(story);
    if (numbered.matches()) {
      return numbered.group(1);
    }
    Matcher section = SECTION.matcher(story);
    return section.matches() ? section.group(1) : story;
  }

  /**
   * Splits a gold clustering (article id → story id) into {@code k} folds of whole topics.
   *
   * @return k maps, each the gold clustering restricted to one fold's articles
   */
  public static List<Map<String, String>> byTopic(Map<String, String> gold, int k) {
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + k);
    }
    Map<String, Integer> sizes = new TreeMap<>();
    gold.values().forEach(story -> sizes.merge(topicOf(story), 1, Integer::sum));
    boolean byStory = sizes.size() < k;
    if (byStory) {
      sizes.clear();
      gold.values().forEach(story -> sizes.merge(story, 1, Integer::sum));
    }
    if (sizes.size() < k) {
      throw new IllegalArgumentException(
          "cannot make " + k + " folds of " + sizes.size() + " stories: give fewer folds or more stories");
    }
    List<String> topics = new ArrayList<>(sizes.keySet());
    topics.sort(Comparator.comparing((String t) -> -sizes.get(t)).thenComparing(Comparator.naturalOrder()));
    int[] load = new int[k];
    Map<String, Integer> foldOf = new HashMap<>();
    for (String topic : topics) {
      int lightest = 0;
      for (int f = 1; f < k; f++) {
        if (load[f] < load[lightest]) {
          lightest = f;
        }
      }
      foldOf.put(topic, lightest);
      load[lightest] += sizes.get(topic);
    }
    List<Map<String, String>> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(new TreeMap<>());
    }
    gold.forEach((article, story) -> folds.get(foldOf.get(byStory ? story : topicOf(story))).put(article, story));
    return folds;
  }
}
