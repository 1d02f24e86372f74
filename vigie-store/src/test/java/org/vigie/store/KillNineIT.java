package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.localengines.ChildJvm;

/**
 * A real {@code kill -9}: a child JVM ingests generated articles and is killed with SIGKILL mid-way, several times;
 * after each kill every acknowledged article is in the store exactly once and the index agrees with the database;
 * a last run completes the ingest with exact totals.
 */
class KillNineIT {
  private static final int TOTAL = 600;

  @TempDir Path dir;
  @TempDir Path logs;

  @Test
  void killedIngest_losesNothingAcknowledged_duplicatesNothing_andCompletesOnRerun() throws Exception {
    Random random = new Random(20261123);
    Set<String> acknowledged = new HashSet<>();
    for (int round = 0; round < 4; round++) {
      // The first kill comes before any index commit; later ones land anywhere, even during the open's healing.
      int killAfter = round == 0 ? 25 + random.nextInt(50) : random.nextInt(120);
      // Frequent index commits in some rounds, so kills also land during and between index commits.
      int commitEvery = round % 2 == 0 ? 1 + random.nextInt(9) : EmbeddedStore.INDEX_COMMIT_EVERY;
      Run run = runChild(killAfter, commitEvery);
      assertThat(run.exitedByItself).as("round %d should be killed", round).isFalse();
      acknowledged.addAll(run.acknowledged);
      long stored = verify(acknowledged);
      System.out.printf("kill -9 round %d: index commit every %d, killed after %d new acks (%d acknowledged in"
          + " all), %d stored%n", round, commitEvery, run.newAcks, acknowledged.size(), stored);
    }

    Run last = runChild(Integer.MAX_VALUE, 5);
    assertThat(last.exitedByItself).isTrue();
    assertThat(last.exitCode).isZero();
    acknowledged.addAll(last.acknowledged);
    assertThat(acknowledged).hasSize(TOTAL);
    assertThat(verify(acknowledged)).isEqualTo(TOTAL);
    try (Store store = Store.openEmbedded(dir)) {
      assertThat(store.health().articles()).isEqualTo(TOTAL);
      assertThat(store.health().indexed()).isEqualTo(TOTAL);
      assertThat(store.search("bulletin", 1).total()).isEqualTo(TOTAL);
      assertThat(store.quotes(QuoteQuery.all().withLimit(10_000))).hasSize(TOTAL);
      assertThat(store.stories(StoryQuery.all().withLimit(10_000))).hasSize(TOTAL / CrashChild.DIGEST_SIZE);
      assertThat(store.health().stories()).isEqualTo(TOTAL / CrashChild.DIGEST_SIZE);
    }
  }

  /** Checks the store against the acknowledged ids; returns how many articles it holds. */
  private long verify(Set<String> acknowledged) {
    try (Store store = Store.openEmbedded(dir)) {
      Health health = store.health();
      assertThat(health.indexed()).as("index agrees with database").isEqualTo(health.articles());
      List<String> ids = new ArrayList<>();
      long after = 0;
      for (List<StoredArticle> page = store.articles(after, 500); !page.isEmpty();
          page = store.articles(after, 500)) {
        for (StoredArticle a : page) {
          ids.add(a.article().id());
          after = a.sequence();
        }
      }
      assertThat(ids).doesNotHaveDuplicates();
      assertThat(ids).hasSize((int) health.articles());
      assertThat(ids).containsAll(acknowledged);
      // The child puts gen-0, gen-1, ... one after another, so what it stored is a prefix with no hole; a put may
      // have landed after the last acknowledgement read, before the kill reached the child (more under load).
      List<String> prefix = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        prefix.add("gen-" + i);
      }
      assertThat(ids).containsExactlyInAnyOrderElementsOf(prefix);
      assertThat(store.search("bulletin", 1).total()).isEqualTo(health.articles());
      for (String id : ids) {
        String marker = "marqueur" + id.substring("gen-".length());
        assertThat(store.search(marker, 5).hits()).extracting(SearchResult.Hit::articleId).containsExactly(id);
      }
      assertThat(store.quotes(QuoteQuery.all().withLimit(10_000))).hasSize(ids.size());
      verifyStories(store, ids);
      return health.articles();
    }
  }

  /** Every digest story the child wrote is whole and holds its ten articles. */
  private static void verifyStories(Store store, List<String> ids) {
    Map<String, String> storyOf = new HashMap<>();
    for (StoredArticle a : store.articles(0, 10_000)) {
      storyOf.put(a.article().id(), a.storyId());
    }
    List<StorySummary> stories = store.stories(StoryQuery.all().withLimit(10_000));
    assertThat(stories.size()).isLessThanOrEqualTo(ids.size() / CrashChild.DIGEST_SIZE);
    for (StorySummary summary : stories) {
      StoryRecord story = store.story(summary.id()).orElseThrow();
      int n = Integer.parseInt(story.id().substring("digest-".length()));
      List<String> expected = new ArrayList<>();
      for (int i = n * CrashChild.DIGEST_SIZE; i < (n + 1) * CrashChild.DIGEST_SIZE; i++) {
        expected.add("gen-" + i);
      }
      assertThat(story).isEqualTo(CrashChild.digest(n, expected));
      for (String id : expected) {
        assertThat(storyOf.get(id)).as("story of %s", id).isEqualTo(story.id());
      }
    }
  }

  private record Run(Set<String> acknowledged, int newAcks, boolean exitedByItself, int exitCode) {}

  private Run runChild(int killAfterAcks, int commitEvery) throws IOException, InterruptedException {
    ProcessBuilder builder = ChildJvm.of(CrashChild.class, "-Xmx256m",
        List.of(dir.toString(), "0", Integer.toString(TOTAL), Integer.toString(commitEvery)));
    builder.redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve("child.err").toFile()));
    Process child = builder.start();
    Set<String> acknowledged = new HashSet<>();
    boolean killed = false;
    int newAcks = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("ACK ")) {
          String[] parts = line.split(" ");
          acknowledged.add(parts[1]);
          if (parts[2].equals("NEW") && ++newAcks >= killAfterAcks) {
            child.destroyForcibly(); // SIGKILL on Linux
            killed = true;
            break;
          }
        } else if (line.equals("READY") && killAfterAcks == 0) {
          child.destroyForcibly();
          killed = true;
          break;
        }
      }
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(acknowledged, newAcks, !killed, child.exitValue());
  }
}
