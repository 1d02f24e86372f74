package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.EntityType;
import org.vigie.stories.Docs;

class YoungStorySplitTest {

  /**
   * A model made by hand that joins a one- or two-article story on a shared place alone (its inverse size weighs
   * much), as the learned model does with the first reports of a topic's second event, and values shared people.
   */
  private static AssignmentModel eager() {
    double[] weights = new double[PairFeatures.NAMES.size()];
    weights[PairFeatures.NAMES.indexOf("text")] = 4;
    weights[PairFeatures.NAMES.indexOf("persons")] = 8;
    weights[PairFeatures.NAMES.indexOf("inverse_story_size")] = 5;
    return new AssignmentModel(-3, weights, List.of("made by hand for a test"));
  }

  private static AnalyzedArticle fire(String id, String body) {
    return Docs.article(id, "Kestrel : incendie au port", body)
        .entity("Kestrel", EntityType.LOCATION).entity("Ana Veldt", EntityType.PERSON).build();
  }

  private static AnalyzedArticle flood(String id, String body) {
    return Docs.article(id, "Kestrel : crue au port", body)
        .entity("Kestrel", EntityType.LOCATION).entity("Boris Kalm", EntityType.PERSON).build();
  }

  /** Two events of one place, their reports interleaved, none dated: the cascade the revision undoes. */
  private static List<AnalyzedArticle> interleaved() {
    return List.of(
        fire("1", "Au port de Kestrel, un entrepôt de céréales a brûlé. La capitaine Ana Veldt a mené quarante "
            + "pompiers contre les flammes du hangar."),
        flood("2", "Au port de Kestrel, la rivière a débordé sur les quais. Le maire Boris Kalm a fait évacuer "
            + "trois cents riverains des digues inondées."),
        fire("3", "Kestrel : l'entrepôt de céréales du port a brûlé toute la nuit, selon la capitaine Ana Veldt, "
            + "dont les quarante pompiers ont sauvé le hangar voisin des flammes."),
        flood("4", "Kestrel : les quais du port restent inondés, dit le maire Boris Kalm ; les trois cents "
            + "riverains évacués attendent la décrue derrière les digues."),
        fire("5", "Les flammes de l'entrepôt du port de Kestrel sont éteintes : Ana Veldt et ses pompiers "
            + "surveillent les céréales brûlées du hangar."));
  }

  private static Set<Set<String>> groups(StoryClusterer clusterer) {
    return StoryClustererTest.groups(clusterer);
  }

  @Test
  void issue12_withoutRevision_theSecondEventFollowsTheFirstEventsYoungStory() {
    StoryClusterer clusterer = StoryClusterer.create(ClusteringConfig.defaults().withModel(eager())
        .withReviseMembers(0));
    interleaved().forEach(clusterer::add);
    assertThat(groups(clusterer)).containsExactly(Set.of("1", "2", "3", "4", "5"));
  }

  @Test
  void issue12_aYoungStoryOfTwoEvents_splits_keepingItsIdForTheGroupItBegan() {
    StoryClusterer clusterer = StoryClusterer.create(ClusteringConfig.defaults().withModel(eager()));
    List<Assignment> assignments = new ArrayList<>();
    interleaved().forEach(a -> assignments.add(clusterer.add(a)));
    assertThat(groups(clusterer)).containsExactlyInAnyOrder(Set.of("1", "3", "5"), Set.of("2", "4"));
    assertThat(clusterer.story("story-1").orElseThrow().articles()).containsExactly("1", "3", "5");
    assertThat(clusterer.story("story-2").orElseThrow().articles()).containsExactly("2", "4");
    Assignment splitting = assignments.stream().filter(a -> !a.revised().isEmpty()).findFirst().orElseThrow();
    assertThat(splitting.revised()).containsExactlyInAnyOrder("story-1", "story-2");
    assertThat(assignments.getLast().revised()).as("a story already split is not split again").isEmpty();
    // An article added again reports the story it is in now, not the one it first joined.
    assertThat(clusterer.add(interleaved().get(1)).story()).isEqualTo("story-2");
  }

  @Test
  void issue12_aStoryOfOneEvent_isNotSplit() {
    StoryClusterer clusterer = StoryClusterer.create(ClusteringConfig.defaults().withModel(eager()));
    List<AnalyzedArticle> fires = interleaved().stream().filter(a -> a.article().title().contains("incendie"))
        .toList();
    List<Assignment> assignments = fires.stream().map(clusterer::add).toList();
    assertThat(groups(clusterer)).containsExactly(Set.of("1", "3", "5"));
    assertThat(assignments).allMatch(a -> a.revised().isEmpty());
  }

  @Test
  void issue12_aRestoredClusterer_goesOnAfterASplitAsTheOneThatNeverStopped() throws IOException {
    ClusteringConfig config = ClusteringConfig.defaults().withModel(eager());
    StoryClusterer straight = StoryClusterer.create(config);
    StoryClusterer first = StoryClusterer.create(config);
    List<AnalyzedArticle> articles = interleaved();
    for (int i = 0; i < 4; i++) {
      straight.add(articles.get(i));
      first.add(articles.get(i));
    }
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    first.save(saved);
    StoryClusterer restored = StoryClusterer.restore(new ByteArrayInputStream(saved.toByteArray()), config);
    assertThat(restored.add(articles.get(4))).isEqualTo(straight.add(articles.get(4)));
    assertThat(restored.stories()).isEqualTo(straight.stories());
  }
}
