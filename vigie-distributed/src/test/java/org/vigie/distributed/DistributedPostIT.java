package org.vigie.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.vigie.app.Vigie;
import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.localengines.LocalEngines;
import org.vigie.app.spi.ServerLauncher;
import org.vigie.store.Store;

/**
 * Issue 14: {@code POST /api/articles} of a server in distributed mode publishes to the ingest topic and answers
 * 202; a worker and the storyteller (threads here) analyse and store the article, which the same server then finds.
 */
class DistributedPostIT {
  private static final String ARTICLE = """
      {"id": "post-1", "title": "Les éclusiers de Valmoray votent la grève",
       "body": "Les éclusiers de Valmoray ont voté la grève jeudi. Claire Montval a déclaré « le canal restera fermé ».",
       "outlet": "Le Courrier", "published": "2026-03-05", "language": "fr"}
      """;

  @Test
  void issue14_postInDistributedMode_isPublished_thenStoredByWorkerAndStoryteller() throws Exception {
    String bootstrap = LocalEngines.kafka();
    LocalEngines.Locations at = LocalEngines.freshStore();
    Topics.create(bootstrap, 4, (short) 1);
    Thread.Builder threads = Thread.ofPlatform().daemon();
    try (Publisher publisher = new Publisher(bootstrap);
        Vigie front = Vigie.open(Store.openServer(at.postgresUrl(), at.opensearch()), () -> {
          throw new AssertionError("the front server analyses nothing in distributed mode");
        }, 1, publisher);
        ServerLauncher.Serving server = ServerLauncher.find().start(front, "127.0.0.1", 0, Set.of());
        Worker worker = new Worker(bootstrap, HandmadePipeline::create, 1, System.err::println);
        Storyteller storyteller = Storyteller.over(bootstrap,
            () -> Store.openServer(at.postgresUrl(), at.opensearch()), System.err::println)) {
      threads.start(worker::run);
      threads.start(storyteller::run);
      HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              server.uri("127.0.0.1").resolve("/api/articles")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(ARTICLE, StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
      assertThat(posted.body()).contains("post-1");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (front.store().article("post-1").isEmpty()) {
        assertThat(System.nanoTime()).as("stored within 120 s").isLessThan(deadline);
        Thread.sleep(100);
      }
      assertThat(front.store().article("post-1").orElseThrow().storyId()).isNotNull();
      URI search = server.uri("127.0.0.1").resolve("/api/search?q=%C3%A9clusiers");
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      String found = "";
      while (!found.contains("post-1")) {
        assertThat(System.nanoTime()).as("searchable within 10 s").isLessThan(deadline);
        found = HttpClient.newHttpClient().send(HttpRequest.newBuilder(search).GET().build(),
            HttpResponse.BodyHandlers.ofString()).body();
        Thread.sleep(100);
      }
    }
  }
}
