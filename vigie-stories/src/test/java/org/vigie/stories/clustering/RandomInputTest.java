package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Story;
import org.vigie.stories.Docs;
import org.vigie.stories.dossier.DossierBuilder;
import org.vigie.stories.eval.ClusterScores;
import org.vigie.stories.text.Words;

/** Whatever a user feeds in, clustering, scoring and dossiers neither crash nor lose an article. */
class RandomInputTest {
  private static final String ALPHABET = "aàbcçdeéèêfghiîjklmnoôœpqrstuùvwxyz AZÉ0123456789 ,.;:!?«»\"'’-\n\u00A0\u202F%€$";

  private static String randomText(Random random, int maxLength) {
    StringBuilder out = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  @Test
  void randomArticles_areEachAssignedOnce_inEveryOrder() {
    Random random = new Random(42);
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Docs doc = Docs.article("r" + i, randomText(random, 40), randomText(random, 400));
      if (random.nextBoolean()) {
        doc.published("2031-01-" + String.format("%02d", 1 + random.nextInt(28)));
      }
      if (random.nextBoolean()) {
        doc.language("en");
      }
      articles.add(doc.build());
    }
    StoryClusterer first = StoryClusterer.create();
    first.addAll(articles);
    List<Story> stories = first.stories();
    assertThat(stories.stream().mapToInt(s -> s.articles().size()).sum()).isEqualTo(60);
    Collections.shuffle(articles, random);
    StoryClusterer second = StoryClusterer.create();
    second.addAll(articles);
    assertThat(second.stories()).isEqualTo(stories);
    for (Story story : stories) {
      assertThat(new DossierBuilder().build(story, articles).articles()).hasSize(story.articles().size());
    }
  }

  @Test
  void emptyArticles_areNotNearDuplicatesOfEachOther() {
    StoryClusterer clusterer = StoryClusterer.create();
    Assignment a = clusterer.add(Docs.article("empty-1", "", "").build());
    Assignment b = clusterer.add(Docs.article("empty-2", "", "").build());
    assertThat(a.newStory()).isTrue();
    assertThat(b.newStory()).isTrue();
    assertThat(b.nearDuplicate()).isEmpty();
  }

  @Test
  void undatedStream_keepsAtMostTheConfiguredNumberOfActiveStories() {
    assertThat(lateValmoray(10).newStory()).as("with room for ten stories the late report joins").isFalse();
    assertThat(lateValmoray(2).newStory()).as("with room for two the Valmoray story has left").isTrue();
  }

  private static Assignment lateValmoray(int maxActiveStories) {
    StoryClusterer clusterer = StoryClusterer.create(ClusteringConfig.defaults().withWindow(30, maxActiveStories));
    clusterer.add(Docs.article("a", "Valmoray dam breach", "The Valmoray dam gave way.").language("en").build());
    clusterer.add(Docs.article("b", "Lisandre tram strike", "Tram drivers in Lisandre stopped.").language("en")
        .build());
    clusterer.add(Docs.article("c", "Bellerive chess open", "Mira Okonkwo won in Bellerive.").language("en")
        .build());
    // The Valmoray story is the least recently updated of three.
    return clusterer.add(Docs.article("d", "Valmoray dam breach", "The Valmoray dam gave way again.")
        .language("en").build());
  }

  @Test
  void randomWords_andScores_neverFail() {
    Random random = new Random(3);
    for (int i = 0; i < 500; i++) {
      for (String word : Words.of(randomText(random, 200))) {
        assertThat(word).isNotEmpty();
      }
    }
    Map<String, String> gold = new HashMap<>();
    Map<String, String> system = new HashMap<>();
    for (int i = 0; i < 200; i++) {
      gold.put("x" + i, "g" + random.nextInt(10));
      if (random.nextInt(5) > 0) {
        system.put("x" + i, "s" + random.nextInt(15));
      }
    }
    ClusterScores s = ClusterScores.of(gold, system);
    assertThat(s.bcubedF1()).isBetween(0.0, 1.0);
    assertThat(s.pairwiseF1()).isBetween(0.0, 1.0);
  }
}
