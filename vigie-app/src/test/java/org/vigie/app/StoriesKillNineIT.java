package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vigie.localengines.ChildJvm;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.fixtures.StoryInvariant;

/**
 * Issue 13: a real {@code kill -9} of a streaming ingest, several times, with the clusterer's state saved every few
 * dozen articles; after each kill and a restart (the saved state restored, the articles stored after it replayed),
 * every stored article belongs to exactly one stored story and that story's dossier lists it; a last run completes
 * the ingest.
 */
class StoriesKillNineIT {
  private static final int TOTAL = 400;

  @TempDir Path dir;
  @TempDir Path logs;

  @Test
  void issue13_killedIngest_leavesEveryStoredArticleInExactlyOneStoryWhoseDossierListsIt() throws Exception {
    Random random = new Random(13);
    Set<String> acknowledged = new HashSet<>();
    for (int round = 0; round < 4; round++) {
      int killAfter = 20 + random.nextInt(80);
      int checkpointEvery = 10 + random.nextInt(40);
      Run run = runChild(killAfter, checkpointEvery);
      assertThat(run.exitedByItself).as("round %d should be killed", round).isFalse();
      acknowledged.addAll(run.acknowledged);
      int stored = verify(acknowledged);
      System.out.printf("stories kill -9 round %d: state saved every %d, killed after %d acks, %d stored%n", round,
          checkpointEvery, run.acknowledged.size(), stored);
    }
    Run last = runChild(Integer.MAX_VALUE, 50);
    assertThat(last.exitedByItself).isTrue();
    acknowledged.addAll(last.acknowledged);
    assertThat(verify(acknowledged)).isEqualTo(TOTAL);
  }

  /** Restarts on the store and checks the invariant; returns how many articles it holds. */
  private int verify(Set<String> acknowledged) {
    try (Vigie vigie = Vigie.open(dir, () -> {
      throw new AssertionError("a restart analyses nothing");
    }, 1)) {
      Map<String, String> storyOf = StoryInvariant.check(vigie.store());
      assertThat(storyOf.keySet()).containsAll(acknowledged);
      return storyOf.size();
    }
  }

  private record Run(Set<String> acknowledged, boolean exitedByItself) {}

  private Run runChild(int killAfterAcks, int checkpointEvery) throws Exception {
    ProcessBuilder builder = ChildJvm.of(StoryCrashChild.class, "-Xmx512m",
        List.of(dir.toString(), Integer.toString(TOTAL), Integer.toString(checkpointEvery)));
    builder.redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve("child.err").toFile()));
    Process child = builder.start();
    Set<String> acknowledged = new HashSet<>();
    boolean killed = false;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("ACK ")) {
          acknowledged.add(line.substring(4));
          if (acknowledged.size() >= killAfterAcks) {
            child.destroyForcibly(); // SIGKILL on Linux
            killed = true;
            break;
          }
        }
      }
    }
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(acknowledged, !killed);
  }
}
