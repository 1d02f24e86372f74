package org.vigie.stories.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FoldsTest {
  /** Topic t has two stories (t_ecb, t_plus) of t + 1 articles each. */
  private static Map<String, String> ecbLike(int topics) {
    Map<String, String> gold = new TreeMap<>();
    for (int t = 1; t <= topics; t++) {
      for (String story : List.of(t + "_ecb", t + "_plus")) {
        for (int a = 0; a <= t; a++) {
          gold.put(story + "-" + a, story);
        }
      }
    }
    return gold;
  }

  @Test
  void topicsAreReadFromStoryIds() {
    assertThat(Folds.topicOf("12_ecb")).isEqualTo("12");
    assertThat(Folds.topicOf("12_plus")).isEqualTo("12");
    assertThat(Folds.topicOf("sports-5")).isEqualTo("sports");
    assertThat(Folds.topicOf("science_tech-12")).isEqualTo("science_tech");
    assertThat(Folds.topicOf("singleton")).isEqualTo("singleton");
  }

  @Test
  void folds_coverEveryArticleOnce_andNeverCutATopic() {
    Map<String, String> gold = ecbLike(12);
    List<Map<String, String>> folds = Folds.byTopic(gold, 5);
    assertThat(folds).hasSize(5);
    Set<String> seen = new HashSet<>();
    Set<String> topicsSeen = new HashSet<>();
    for (Map<String, String> fold : folds) {
      assertThat(fold).isNotEmpty();
      fold.keySet().forEach(a -> assertThat(seen.add(a)).as("article %s in one fold only", a).isTrue());
      Set<String> topics = new HashSet<>(fold.values().stream().map(Folds::topicOf).toList());
      topics.forEach(t -> assertThat(topicsSeen.add(t)).as("topic %s in one fold only", t).isTrue());
    }
    assertThat(seen).isEqualTo(gold.keySet());
  }

  @Test
  void folds_areBalancedByArticles_andTheSameEveryTime() {
    Map<String, String> gold = ecbLike(12);
    List<Map<String, String>> folds = Folds.byTopic(gold, 4);
    int largest = folds.stream().mapToInt(Map::size).max().orElseThrow();
    int smallest = folds.stream().mapToInt(Map::size).min().orElseThrow();
    assertThat(largest - smallest).as("no fold more than one topic heavier than another").isLessThanOrEqualTo(26);
    assertThat(Folds.byTopic(new TreeMap<>(gold), 4)).isEqualTo(folds);
  }

  @Test
  void fewerTopicsThanFolds_splitsByStory_andTooFewStoriesIsRefused() {
    Map<String, String> gold = ecbLike(2);
    assertThat(Folds.byTopic(gold, 3)).hasSize(3).allSatisfy(f -> assertThat(f).isNotEmpty());
    assertThatThrownBy(() -> Folds.byTopic(gold, 5)).hasMessageContaining("4 stories");
    assertThatThrownBy(() -> Folds.byTopic(gold, 1)).hasMessageContaining("at least 2 folds");
  }
}
