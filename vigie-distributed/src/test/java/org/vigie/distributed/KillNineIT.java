package org.vigie.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.fixtures.GeneratedArticles;
import org.vigie.app.fixtures.LocalEngines;
import org.vigie.model.DossierArticle;
import org.vigie.store.Health;
import org.vigie.store.Store;
import org.vigie.store.StoredArticle;
import org.vigie.store.StoryQuery;
import org.vigie.store.StoryRecord;
import org.vigie.store.StorySummary;

/**
 * Issue 14: the whole distributed flow on real engines (Kafka in KRaft mode, PostgreSQL, OpenSearch), with two
 * workers and the storyteller in processes of their own. Mid-stream one worker and the storyteller are killed with
 * SIGKILL; the surviving worker takes over the dead one's partitions and a new storyteller resumes from the last
 * committed offset. Afterwards every published article is stored exactly once, in exactly one story whose dossier
 * lists it, and indexed once.
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
        Process workerA = start(children, "worker", bootstrap);
        Process workerB = start(children, "worker", bootstrap);
        Process storyteller = start(children, "storyteller", bootstrap, at.postgresUrl(), at.opensearch().toString());
        try (Publisher publisher = new Publisher(bootstrap)) {
          for (int i = 0; i < TOTAL; i++) {
            publisher.publish(GeneratedArticles.article(i));
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
        start(children, "storyteller", bootstrap, at.postgresUrl(), at.opensearch().toString());
        awaitStored(reader, TOTAL, 300);
        assertThat(workerB.isAlive()).isTrue();
        Thread.sleep(3_000); // copies delivered again after the kill arrive; none may be stored twice
        verify(reader);
      } finally {
        children.forEach(Process::destroyForcibly);
      }
    }
  }

  private void verify(Store store) {
    Map<String, String> storyOf = new HashMap<>();
    long after = 0;
    int rows = 0;
    for (List<StoredArticle> page = store.articles(after, 500); !page.isEmpty(); page = store.articles(after, 500)) {
      for (StoredArticle a : page) {
        storyOf.put(a.article().id(), a.storyId());
        after = a.sequence();
        rows++;
      }
    }
    Set<String> published = new HashSet<>(GeneratedArticles.ids(TOTAL));
    assertThat(rows).as("rows, one per article").isEqualTo(TOTAL);
    assertThat(storyOf.keySet()).isEqualTo(published);
    Map<String, Set<String>> listedBy = new HashMap<>();
    for (StorySummary summary : store.stories(StoryQuery.all().withLimit(100_000))) {
      StoryRecord story = store.story(summary.id()).orElseThrow();
      Set<String> inDossier = new LinkedHashSet<>();
      for (DossierArticle a : story.dossier().articles()) {
        inDossier.add(a.id());
      }
      assertThat(inDossier).as("dossier of %s lists its articles", story.id())
          .containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(story.articleIds()));
      for (String id : story.articleIds()) {
        listedBy.computeIfAbsent(id, k -> new HashSet<>()).add(story.id());
      }
    }
    for (Map.Entry<String, String> article : storyOf.entrySet()) {
      assertThat(article.getValue()).as("story of %s", article.getKey()).isNotNull();
      assertThat(listedBy.get(article.getKey())).as("stories listing %s", article.getKey())
          .containsExactly(article.getValue());
    }
    Health health = store.health();
    assertThat(health.indexed()).as("search documents, one per article").isEqualTo(TOTAL);
    assertThat(store.search("", 0).total()).isEqualTo(TOTAL);
    assertThat(store.search("\"repère17\"", 10).hits()).extracting(h -> h.articleId()).containsExactly("crash-17");
  }

  private static void awaitStored(Store store, long count, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (store.health().articles() < count) {
      assertThat(System.nanoTime()).as("%d articles stored within %d s", count, seconds).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private Process start(List<Process> children, String... args) throws IOException, URISyntaxException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp", classPath(), DistributedChild.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve(args[0] + ".err").toFile()))
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(args[0] + ".out").toFile())).start();
    children.add(p);
    return p;
  }

  /** The test's own classes, then the module path and class path: the children run on the class path. */
  private static String classPath() throws URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(Path.of(DistributedChild.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
