package org.vigie.app;

import org.vigie.app.fixtures.Corpus;
import org.vigie.app.fixtures.HandmadePipeline;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Ingestor;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Story;
import org.vigie.store.StoredArticle;
import org.vigie.store.StoryQuery;
import org.vigie.store.StoryRecord;
import org.vigie.stories.dossier.DossierBuilder;

class IngestServiceTest {
  private static IngestResult corpus() {
    return new Ingestor(IngestOptions.defaults())
        .read("corpus.json", Corpus.ARTICLES.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  @Test
  void progress_isReportedUpToTheTotal(@TempDir Path dir) {
    try (Vigie vigie = Vigie.open(dir, HandmadePipeline::create, 1)) {
      List<String> updates = new ArrayList<>();
      IngestReport report = vigie.ingest().ingest(corpus(), new IngestListener() {
        @Override
        public void progress(int done, int total) {
          updates.add(done + "/" + total);
        }
      });
      assertThat(report.added()).hasSize(3);
      assertThat(updates).startsWith("0/3").endsWith("3/3");
    }
  }

  @Test
  void storedArticles_areNotAnalysedAgain(@TempDir Path dir) {
    try (Vigie vigie = Vigie.open(dir, HandmadePipeline::create, 1)) {
      vigie.ingest().ingest(corpus());
    }
    // a store reopened: the pipeline must not even be asked for
    try (Vigie vigie = Vigie.open(dir, () -> {
      throw new AssertionError("the pipeline was asked for");
    }, 1)) {
      IngestReport again = vigie.ingest().ingest(corpus());
      assertThat(again.added()).isEmpty();
      assertThat(again.duplicates()).hasSize(3);
    }
  }

  @Test
  void reopeningReplaysTheStories_underTheSameIds(@TempDir Path dir) {
    List<String> before;
    try (Vigie vigie = Vigie.open(dir, HandmadePipeline::create, 1)) {
      vigie.ingest().ingest(corpus());
      before = vigie.storyIds().stream().sorted().toList();
    }
    try (Vigie vigie = Vigie.open(dir, HandmadePipeline::create, 1)) {
      assertThat(vigie.storyIds().stream().sorted().toList()).isEqualTo(before);
      assertThat(vigie.store().stories(StoryQuery.all()).stream().map(s -> s.id()).sorted().toList())
          .isEqualTo(before);
    }
  }

  @Test
  void storedDossiers_areThoseBuiltFromTheStoredArticles(@TempDir Path dir) {
    try (Vigie vigie = Vigie.open(dir, HandmadePipeline::create, 1)) {
      vigie.ingest().ingest(corpus());
      List<String> ids = vigie.storyIds();
      assertThat(ids).isNotEmpty();
      for (String id : ids) {
        StoryRecord stored = vigie.store().story(id).orElseThrow();
        List<AnalyzedArticle> articles = vigie.store().articles(stored.articleIds()).stream()
            .map(StoredArticle::article).toList();
        assertThat(articles).hasSameSizeAs(stored.articleIds());
        assertThat(stored.dossier()).isEqualTo(new DossierBuilder()
            .build(new Story(id, stored.title(), stored.articleIds()), articles));
      }
    }
  }

  @Test
  void reindex_deletesStoriesTheClustererNoLongerHas(@TempDir Path dir) {
    try (Vigie vigie = Vigie.open(dir, HandmadePipeline::create, 1)) {
      vigie.ingest().ingest(corpus());
      vigie.store().putStory(StoryRecord.withoutDossier("story-stale", "stale", null, null, List.of()));
      int stories = vigie.ingest().reindex();
      assertThat(stories).isEqualTo(2);
      assertThat(vigie.store().story("story-stale")).isEqualTo(Optional.empty());
      assertThat(vigie.store().health().indexed()).isEqualTo(3);
    }
  }
}
