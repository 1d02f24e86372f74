package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.AnalyzedArticle;

/** A batch of articles stored in one transaction gives each article the outcome {@code put} would have given it. */
class PutAllTest {
  @TempDir Path dir;

  @Test
  void eachArticleOfABatchHasItsOwnOutcomeAndIsStoredSearchableAndInItsStory() {
    AnalyzedArticle known = CrashHealingTest.generated(0);
    AnalyzedArticle first = CrashHealingTest.generated(1);
    AnalyzedArticle second = CrashHealingTest.generated(2);
    try (Store store = Store.openEmbedded(dir)) {
      store.put(known, "story-a");
      List<PutOutcome> outcomes = store.putAll(List.of(new ArticlePut(first, "story-a"),
          new ArticlePut(known, "story-b"), new ArticlePut(second, null), new ArticlePut(first, "story-c")));

      assertThat(outcomes).extracting(PutOutcome::articleId).containsExactly("gen-1", "gen-0", "gen-2", "gen-1");
      assertThat(outcomes).extracting(PutOutcome::result)
          .containsExactly(PutResult.NEW, PutResult.DUPLICATE, PutResult.NEW, PutResult.DUPLICATE);
      assertThat(outcomes).allSatisfy(o -> assertThat(o.error()).isNull());
      assertThat(store.search("marqueur1", 10).hits()).extracting(SearchResult.Hit::articleId)
          .containsExactly("gen-1");
      assertThat(store.article("gen-1").orElseThrow().storyId()).isEqualTo("story-a");
      assertThat(store.article("gen-0").orElseThrow().storyId()).as("a duplicate changes nothing").isEqualTo("story-a");
      assertThat(store.article("gen-2").orElseThrow().storyId()).isNull();
    }
    try (Store reopened = Store.openEmbedded(dir)) {
      assertThat(reopened.health().articles()).isEqualTo(3);
      assertThat(reopened.health().indexed()).isEqualTo(3);
    }
  }

  @Test
  void storiesWrittenTogetherAreEachStoredWithTheirArticles() {
    try (Store store = Store.openEmbedded(dir)) {
      store.putAll(List.of(new ArticlePut(CrashHealingTest.generated(1), "s1"),
          new ArticlePut(CrashHealingTest.generated(2), "s2"), new ArticlePut(CrashHealingTest.generated(3), "s2")));
      store.putStories(List.of(StoryRecord.withoutDossier("s1", "Un", null, null, List.of("gen-1")),
          StoryRecord.withoutDossier("s2", "Deux", null, null, List.of("gen-2", "gen-3"))));

      assertThat(store.story("s1").orElseThrow().articleIds()).containsExactly("gen-1");
      assertThat(store.story("s2").orElseThrow().articleIds()).containsExactly("gen-2", "gen-3");
      assertThat(store.article("gen-3").orElseThrow().storyId()).isEqualTo("s2");
    }
  }
}
