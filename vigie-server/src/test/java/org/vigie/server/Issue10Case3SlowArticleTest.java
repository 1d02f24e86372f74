package org.vigie.server;

import org.vigie.app.fixtures.HandmadePipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Layer;
import org.vigie.nlp.Annotator;
import org.vigie.server.ServerFixture.Reply;

/**
 * Issue 10, case 3: while a 4 MB article was analysed (319 s), a small POST sent meanwhile waited 316 s, because one
 * ingest held the service for its whole analysis. Analysis now runs outside the lock: an article whose analysis
 * does not end keeps only its own request waiting.
 */
class Issue10Case3SlowArticleTest {

  /** Holds the analysis of any article whose text says "interminable" until released. */
  private static final class Stall implements Annotator {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public String name() {
      return "stall";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.QUOTES);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of();
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle document) {
      if (document.text().contains("interminable")) {
        started.countDown();
        try {
          release.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return document;
    }
  }

  @Test
  void case3_aSmallPostIsStoredWhileAnotherArticleIsStillBeingAnalysed(@TempDir Path dir) throws Exception {
    Stall stall = new Stall();
    try (ServerFixture server = new ServerFixture(dir.resolve("data"), () -> HandmadePipeline.with(stall))) {
      CompletableFuture<Reply> slow = CompletableFuture.supplyAsync(() -> server.post("/api/articles",
          "{\"id\": \"lent\", \"title\": \"Un dossier interminable\", \"text\": \"Un texte interminable.\"}"));
      assertThat(stall.started.await(30, TimeUnit.SECONDS)).as("the slow analysis started").isTrue();

      CompletableFuture<Reply> small = CompletableFuture.supplyAsync(() -> server.post("/api/articles",
          "{\"id\": \"vif\", \"title\": \"Une brève\", \"text\": \"Claire Montval a parlé.\"}"));
      // A bound on waiting, not a measure: before the fix the small POST waited for the release, which never came.
      Reply stored = small.get(30, TimeUnit.SECONDS);
      assertThat(stored.status()).isEqualTo(201);
      assertThat(server.get("/api/articles/vif").status()).isEqualTo(200);
      assertThat(slow).isNotDone();

      stall.release.countDown();
      assertThat(slow.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
      assertThat(server.get("/api/health").json().path("articles").asLong()).isEqualTo(2);
    }
  }
}
