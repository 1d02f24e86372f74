package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.EntityType;
import org.vigie.model.Story;
import org.vigie.model.TimeType;
import org.vigie.stories.Docs;

/**
 * Issue 13, restart without replay: a clusterer saved mid-stream and restored goes on exactly as the one that never
 * stopped — same assignments, same stories, same titles — through near-duplicates, capped posting lists and buckets,
 * stories leaving the window by date and by count.
 */
class ClustererSnapshotTest {
  /** Small caps, so that eviction paths run within a few hundred articles. */
  private static final ClusteringConfig CONFIG = ClusteringConfig.defaults().withWindow(30, 12).withRetrieval(4, 6, 3);

  /**
   * Articles on topics of their own vocabulary (made-up words, places and people), a few topics at a time, the
   * days advancing so that stories leave the window; one in ten reprinted under another id.
   */
  private static List<AnalyzedArticle> stream(int n, long seed) {
    return stream(n, seed, false);
  }

  /** The stream above; with {@code oneOff}, each article also has a word of its own, as most news words are. */
  private static List<AnalyzedArticle> stream(int n, long seed, boolean oneOff) {
    Random random = new Random(seed);
    List<AnalyzedArticle> out = new ArrayList<>();
    LocalDate day = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < n; i++) {
      int topic = i / 15 + random.nextInt(3);
      String place = word(topic, 0, "Ville");
      String person = word(topic, 1, "Jean") + " " + word(topic, 2, "Martin");
      day = day.plusDays(random.nextInt(3) == 0 ? 1 : 0);
      StringBuilder body = new StringBuilder("À " + place + ", " + person + " parle.");
      for (int k = 0; k < 8; k++) {
        body.append(' ').append(word(topic, 3 + random.nextInt(10), "mot")).append(' ')
            .append(word(1000 + random.nextInt(50), 0, "bruit"));
      }
      if (oneOff) {
        body.append(' ').append(word(100_000 + i, 0, "unique"));
      }
      body.append(random.nextBoolean() ? " Réunion mardi." : " Rien de neuf.");
      String title = word(topic, 3, "Titre") + " " + word(topic, 4, "de") + " " + place;
      Docs doc = Docs.article("a" + i, title, body.toString()).published(day.toString())
          .language(random.nextInt(8) == 0 ? "en" : "fr")
          .entity(place, EntityType.LOCATION).entity(person, EntityType.PERSON);
      if (body.toString().contains("mardi")) {
        doc.time("mardi", TimeType.DATE, day.minusDays(1).toString());
      }
      out.add(doc.build());
      if (random.nextInt(10) == 0) {
        out.add(Docs.article("a" + i + "-copy", title, body.toString()).published(day.toString())
            .entity(place, EntityType.LOCATION).build());
      }
    }
    return out;
  }

  /** A made-up word, the same for the same topic and slot. */
  private static String word(int topic, int slot, String stem) {
    Random r = new Random(topic * 131L + slot);
    StringBuilder w = new StringBuilder(stem);
    for (int k = 0; k < 5; k++) {
      w.append((char) ('a' + r.nextInt(26)));
    }
    return w.toString();
  }

  @Test
  void issue13_restoredClusterer_goesOnExactlyAsTheOneThatNeverStopped() throws IOException {
    List<AnalyzedArticle> articles = stream(400, 13);
    StoryClusterer straight = StoryClusterer.create(CONFIG);
    StoryClusterer first = StoryClusterer.create(CONFIG);
    List<Assignment> expected = new ArrayList<>();
    List<Assignment> actual = new ArrayList<>();
    int cut = 230;
    for (int i = 0; i < cut; i++) {
      expected.add(straight.add(articles.get(i)));
      actual.add(first.add(articles.get(i)));
    }
    // The configuration built again, its model read again, as a restarted process builds it.
    ClusteringConfig rebuilt = ClusteringConfig.defaults().withWindow(30, 12).withRetrieval(4, 6, 3);
    StoryClusterer restored = StoryClusterer.restore(new ByteArrayInputStream(saved(first)), rebuilt);
    for (int i = cut; i < articles.size(); i++) {
      expected.add(straight.add(articles.get(i)));
      actual.add(restored.add(articles.get(i)));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(straight.stories()).hasSizeGreaterThan(20);
    assertThat(expected).anyMatch(a -> a.nearDuplicateOf() != null);
    List<Story> active = restored.stories();
    for (Story story : active) {
      assertThat(straight.story(story.id())).contains(story);
    }
    assertThat(saved(restored)).isEqualTo(saved(straight.stories().isEmpty() ? restored : forgetting(straight)));
  }

  @Test
  void issue13_featuresLongUnseenAreForgotten_andARestoredClustererStillGoesOnExactly() throws IOException {
    List<AnalyzedArticle> articles = stream(400, 17, true);
    ClusteringConfig forgetting = CONFIG.withForgetUnseenAfter(50);
    StoryClusterer never = StoryClusterer.create(CONFIG.withForgetUnseenAfter(0));
    StoryClusterer straight = StoryClusterer.create(forgetting);
    StoryClusterer first = StoryClusterer.create(forgetting);
    List<Assignment> expected = new ArrayList<>();
    List<Assignment> actual = new ArrayList<>();
    int cut = 275; // between two rounds of forgetting
    for (int i = 0; i < cut; i++) {
      never.add(articles.get(i));
      expected.add(straight.add(articles.get(i)));
      actual.add(first.add(articles.get(i)));
    }
    StoryClusterer restored = StoryClusterer.restore(new ByteArrayInputStream(saved(first)), forgetting);
    for (int i = cut; i < articles.size(); i++) {
      never.add(articles.get(i));
      expected.add(straight.add(articles.get(i)));
      actual.add(restored.add(articles.get(i)));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(saved(restored)).isEqualTo(saved(straight));
    assertThat(singletons(straight)).as("what 400 articles leave: at most two rounds' worth of one-off features")
        .isLessThan(singletons(never) / 2);
    DocumentFrequencies df = ((IncrementalClusterer) straight).df;
    assertThat(df.counts.values()).as("no feature counted n times stays n × 50 articles unseen (checked every 50)")
        .allSatisfy(c -> assertThat(df.documents() - c.lastSeen).isLessThan(50 * c.documents + 50))
        .anySatisfy(c -> assertThat(c.documents).isGreaterThan(1));
    assertThat(seenMoreThanOnce(straight)).as("features seen twice or more are forgotten too, later")
        .isLessThan(seenMoreThanOnce(never));
    assertThat(((IncrementalClusterer) straight).postings.lists.keySet())
        .as("a forgotten feature leaves the inverted index").noneMatch(f -> f.contains("unique")
            && ((IncrementalClusterer) straight).df.count(f) == null);
  }

  private static long seenMoreThanOnce(StoryClusterer clusterer) {
    return ((IncrementalClusterer) clusterer).df.counts.values().stream().filter(c -> c.documents > 1).count();
  }

  private static long singletons(StoryClusterer clusterer) {
    return ((IncrementalClusterer) clusterer).df.counts.values().stream().filter(c -> c.documents == 1).count();
  }

  @Test
  void forgetRetired_dropsStoriesThatLeftTheWindow_andKeepsTheRest() {
    StoryClusterer clusterer = StoryClusterer.create(CONFIG);
    stream(400, 7).forEach(clusterer::add);
    int before = clusterer.stories().size();
    clusterer.forgetRetired();
    assertThat(clusterer.stories().size()).isLessThan(before).isLessThanOrEqualTo(12);
  }

  @Test
  void aStateOfAnotherConfiguration_isRefused() throws IOException {
    StoryClusterer clusterer = StoryClusterer.create(CONFIG);
    stream(50, 3).forEach(clusterer::add);
    byte[] bytes = saved(clusterer);
    assertThatThrownBy(() -> StoryClusterer.restore(new ByteArrayInputStream(bytes), ClusteringConfig.defaults()))
        .isInstanceOf(IOException.class).hasMessageContaining("configuration");
    assertThatThrownBy(() -> StoryClusterer.restore(new ByteArrayInputStream(new byte[] {1, 2, 3}), CONFIG))
        .isInstanceOf(IOException.class);
  }

  private static StoryClusterer forgetting(StoryClusterer clusterer) {
    clusterer.forgetRetired();
    return clusterer;
  }

  private static byte[] saved(StoryClusterer clusterer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    clusterer.save(out);
    return out.toByteArray();
  }
}
