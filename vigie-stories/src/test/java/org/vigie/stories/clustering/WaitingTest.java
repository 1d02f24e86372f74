package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Story;

/**
 * Issue 12, delayed decisions: an article the model hesitates about waits in a bounded buffer, shown in a provisional
 * story of its own, and is decided later; every article is in exactly one story at every moment.
 */
class WaitingTest {
  private static final ClusteringConfig CONFIG = ClusteringConfig.defaults().withWindow(30, 12).withRetrieval(4, 6, 3);

  /** The shipped weights with a margin so wide that every article whose best candidate is young waits. */
  static AssignmentModel hesitant() {
    return AssignmentModel.parse(AssignmentModel.shipped().format().replaceAll("(?m)^wait_margin\t.*$",
        "wait_margin\t1000"), "a hesitant model");
  }

  @Test
  void issue12_everyArticleIsInExactlyOneStory_whileSomeWait_andTheBufferStaysBounded() {
    IncrementalClusterer clusterer = new IncrementalClusterer(CONFIG.withModel(hesitant()));
    List<String> added = new ArrayList<>();
    int mostWaiting = 0;
    for (AnalyzedArticle article : ClustererSnapshotTest.stream(200, 5)) {
      Assignment assignment = clusterer.add(article);
      added.add(article.id());
      mostWaiting = Math.max(mostWaiting, clusterer.waiting.size());
      assertThat(clusterer.waiting).hasSizeLessThanOrEqualTo(IncrementalClusterer.WAIT_ARTICLES);
      assertThat(clusterer.story(assignment.story()).orElseThrow().articles()).contains(article.id());
      assertOneStoryEach(clusterer.stories(), added);
    }
    assertThat(mostWaiting).as("articles waited").isPositive();
    clusterer.flush();
    assertThat(clusterer.waiting).isEmpty();
    assertOneStoryEach(clusterer.stories(), added);
  }

  @Test
  void issue12_aWaitingArticle_isShownInItsOwnStory_untilAMoveSaysWhereItWent() {
    IncrementalClusterer clusterer = new IncrementalClusterer(CONFIG.withModel(hesitant()));
    List<StoryMove> moves = new ArrayList<>();
    Set<String> waited = new HashSet<>();
    for (AnalyzedArticle article : ClustererSnapshotTest.stream(200, 9)) {
      Assignment assignment = clusterer.add(article);
      if (clusterer.waiting.stream().anyMatch(w -> w.article().id().equals(article.id()))) {
        waited.add(article.id());
        assertThat(assignment.story()).isEqualTo("story-" + article.id());
        assertThat(clusterer.story(assignment.story()).orElseThrow().articles()).containsExactly(article.id());
      }
      moves.addAll(clusterer.takeMoves());
    }
    clusterer.flush();
    moves.addAll(clusterer.takeMoves());
    assertThat(clusterer.takeMoves()).as("taken once").isEmpty();
    assertThat(moves).isNotEmpty().allSatisfy(move -> {
      assertThat(waited).contains(move.article());
      assertThat(move.from()).isEqualTo("story-" + move.article());
      assertThat(clusterer.story(move.from())).as("the provisional story is gone").isEmpty();
      assertThat(clusterer.story(move.to()).orElseThrow().articles()).contains(move.article());
    });
    assertThat(moves.size()).as("some waiting articles start their own story").isLessThan(waited.size());
  }

  @Test
  void issue12_noMargin_noArticleWaits() {
    IncrementalClusterer clusterer = new IncrementalClusterer(CONFIG.withModel(AssignmentModel.parse(
        hesitant().format().replaceAll("(?m)^wait_margin\t.*$", "wait_margin\t0"), "decisive")));
    for (AnalyzedArticle article : ClustererSnapshotTest.stream(100, 5)) {
      clusterer.add(article);
      assertThat(clusterer.waiting).isEmpty();
    }
  }

  private static void assertOneStoryEach(List<Story> stories, List<String> added) {
    List<String> members = stories.stream().flatMap(s -> s.articles().stream()).toList();
    assertThat(members).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(added);
  }
}
