package org.vigie.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.fixtures.CrashArticles;
import org.vigie.localengines.ChildJvm;
import org.vigie.localengines.LocalEngines;
import org.vigie.app.fixtures.StoryInvariant;
import org.vigie.model.Article;
import org.vigie.store.Health;
import org.vigie.store.Store;

/**
 * Issue 14: the whole distributed flow on real engines (Kafka in KRaft mode, PostgreSQL, OpenSearch), with two
 * workers and the storyteller in processes of their own. Mid-stream one worker and the storyteller are killed with
 * SIGKILL; the surviving worker takes over the dead one's partitions and a new storyteller resumes from the last
 * committed offset. Afterwards every published article is stored exactly once, in exactly one story whose dossier
 * lists it, and indexed once. Then the same with a standby: a second storyteller waits in the group, the active one
 * is killed, and the standby takes over with no restart.
 */
class KillNineIT {
  private static final int TOTAL = 240;

  @TempDir Path logs;

  @Test
  void issue14_killedWorkerAndStoryteller_loseAndDoubleNothing() throws Exception {
    String bootstrap = LocalEngines.kafka();
    LocalEngines.Locations at = LocalEngines.freshStore();
    Topics.create(bootstrap, 4, (short) 1);
    try (Store reader = Store.openServer(at.postgresUrl(), at.opensearch())) {
      List<Process> children = new ArrayList<>();
      try {
        Process workerA = start(children, "workerA", "worker", bootstrap, "1");
        Process workerB = start(children, "workerB", "worker", bootstrap, "1");
        Process storyteller = start(children, "storyteller", "storyteller", bootstrap, at.postgresUrl(),
            at.opensearch().toString());
        try (Publisher publisher = new Publisher(bootstrap)) {
          for (int i = 0; i < TOTAL; i++) {
            publisher.publish(CrashArticles.article(i));
          }
          publisher.flush();
        }
        long killAt = TOTAL / 4;
        awaitStored(reader, killAt, 240);
        workerA.destroyForcibly(); // SIGKILL on Linux
        storyteller.destroyForcibly();
        assertThat(workerA.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(storyteller.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long storedAtKill = reader.health().articles();
        assertThat(storedAtKill).as("killed mid-stream").isLessThan(TOTAL);
        System.out.printf("distributed kill -9: a worker and the storyteller killed with %d of %d stored%n",
            storedAtKill, TOTAL);
        start(children, "storyteller2", "storyteller", bootstrap, at.postgresUrl(), at.opensearch().toString());
        awaitStored(reader, TOTAL, 300);
        assertThat(workerB.isAlive()).isTrue();
        Thread.sleep(3_000); // copies delivered again after the kill arrive; none may be stored twice
        verify(reader, CrashArticles.ids(TOTAL), "crash-17");
      } finally {
        children.forEach(Process::destroyForcibly);
      }
    }
  }

  /**
   * Issue 14, the standby: a second storyteller started with the same options joins the group and waits, holding
   * nothing open; the active one is killed with SIGKILL mid-stream; the standby is given the partition, opens the
   * store with what the other wrote, and finishes the stream, with nothing lost or stored twice.
   */
  @Test
  void issue14_standbyStoryteller_takesOverFromAKilledOne_exactlyOnce() throws Exception {
    String bootstrap = LocalEngines.kafka();
    LocalEngines.Locations at = LocalEngines.freshStore();
    Topics.create(bootstrap, 4, (short) 1);
    int total = 160;
    List<String> ids = java.util.stream.IntStream.range(0, total).mapToObj(i -> "standby-" + i).toList();
    try (Store reader = Store.openServer(at.postgresUrl(), at.opensearch())) {
      List<Process> children = new ArrayList<>();
      try {
        start(children, "worker", "worker", bootstrap, "1");
        Process active = start(children, "active", "storyteller", bootstrap, at.postgresUrl(),
            at.opensearch().toString());
        LocalEngines.awaitText(logs.resolve("active.err"), WRITING, 240);
        start(children, "standby", "storyteller", bootstrap, at.postgresUrl(), at.opensearch().toString());
        LocalEngines.awaitText(logs.resolve("standby.out"), "READY", 120);
        Thread.sleep(5_000); // the standby has joined the group
        assertThat(Files.readString(logs.resolve("standby.err"))).as("the standby writes nothing yet")
            .doesNotContain(WRITING);
        try (Publisher publisher = new Publisher(bootstrap)) {
          for (int i = 0; i < total; i++) {
            Article a = CrashArticles.article(i);
            publisher.publish(new Article(ids.get(i), a.source(), a.url(), a.outlet(), a.title(), a.published(),
                a.language(), a.body(), a.metadata()));
          }
          publisher.flush();
        }
        awaitStored(reader, total / 4, 240);
        active.destroyForcibly(); // SIGKILL on Linux
        assertThat(active.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long storedAtKill = reader.health().articles();
        assertThat(storedAtKill).as("killed mid-stream").isLessThan(total);
        System.out.printf("distributed standby: the active storyteller killed with %d of %d stored%n",
            storedAtKill, total);
        awaitStored(reader, total, 300);
        assertThat(Files.readString(logs.resolve("standby.err"))).contains(WRITING);
        Thread.sleep(3_000); // copies delivered again after the kill arrive; none may be stored twice
        verify(reader, ids, "standby-17");
      } finally {
        children.forEach(Process::destroyForcibly);
      }
    }
  }

  private static final String WRITING = "storyteller: writing";

  private void verify(Store store, List<String> ids, String seventeenth) {
    Map<String, String> storyOf = StoryInvariant.check(store);
    assertThat(storyOf.keySet()).isEqualTo(new HashSet<>(ids));
    Health health = store.health();
    assertThat(health.indexed()).as("search documents, one per article").isEqualTo(ids.size());
    assertThat(store.search("", 0).total()).isEqualTo(ids.size());
    assertThat(store.search("\"repère17\"", 10).hits()).extracting(h -> h.articleId()).containsExactly(seventeenth);
  }

  private static void awaitStored(Store store, long count, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (store.health().articles() < count) {
      assertThat(System.nanoTime()).as("%d articles stored within %d s", count, seconds).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  /** Starts a child ({@code args}: its role and arguments); its output goes to {@code name.out} and {@code .err}. */
  private Process start(List<Process> children, String name, String... args) throws IOException {
    Process p = ChildJvm.start(DistributedChild.class, "-Xmx512m", List.of(args), logs, name);
    children.add(p);
    return p;
  }
}
