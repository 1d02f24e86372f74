package org.vigie.server;

import org.vigie.app.IngestReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.vigie.server.ServerFixture.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.nlp.Analyzers;
import org.vigie.nlp.Pipeline;

/** The two seed articles through the real pipeline, the real store and the real server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsIT {
  /** One pipeline per test JVM: its models load once. */
  private static final class Shared {
    static final Pipeline PIPELINE = Analyzers.standard();
  }

  ServerFixture server;
  IngestReport report;

  @BeforeAll
  void ingestSeeds(@TempDir Path dir) {
    String shared = System.getProperty("vigie.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "seeds")), "needs ../shared/seeds");
    server = new ServerFixture(dir.resolve("data"), () -> Shared.PIPELINE);
    report = server.vigie.ingest().ingest(new Ingestor(IngestOptions.defaults())
        .read(List.of(Path.of(shared, "seeds").toString())));
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void bothSeedsAreStored() {
    assertThat(report.errors()).isEmpty();
    assertThat(report.added()).hasSize(2);
    assertThat(server.get("/api/health").json().path("articles").asLong()).isEqualTo(2);
  }

  @Test
  void searchingNegociations_findsBoth() {
    JsonNode result = server.get("/api/search?q=negociations").json();
    assertThat(result.path("total").asLong()).isEqualTo(2);
    assertThat(result.path("hits")).allSatisfy(hit -> {
      assertThat(hit.path("snippet").asText()).contains("<mark>");
      assertThat(hit.path("story").asText()).isNotBlank();
    });
  }

  @Test
  void reingestingTheSeeds_isANoOp() {
    String shared = System.getProperty("vigie.shared");
    IngestReport again = server.vigie.ingest().ingest(new Ingestor(IngestOptions.defaults())
        .read(List.of(Path.of(shared, "seeds").toString())));
    assertThat(again.added()).isEmpty();
    assertThat(again.duplicates()).hasSize(2);
    assertThat(server.get("/api/health").json().path("articles").asLong()).isEqualTo(2);
  }

  @Test
  void entitiesOfTheSeeds_areListed_withProfiles() {
    JsonNode entities = server.get("/api/entities?q=witkoff").json().path("entities");
    assertThat(entities).isNotEmpty();
    String id = entities.get(0).path("id").asText();
    assertThat(server.get("/api/entities/" + enc(id)).json().path("stories")).isNotEmpty();
  }

  @Test
  void theSeedsAreOneStoryOfTwoArticles_withRenderedPages() {
    JsonNode stories = server.get("/api/stories").json().path("stories");
    assertThat(stories).hasSize(1);
    assertThat(stories.get(0).path("size").asInt()).isEqualTo(2);
    assertThat(stories.get(0).path("articles")).hasSize(2);
    for (JsonNode story : stories) {
      String id = story.path("id").asText();
      assertThat(server.get("/api/stories/" + enc(id)).json().path("story").asText()).isEqualTo(id);
      assertThat(server.get("/stories/" + enc(id)).body()).contains("<svg");
    }
  }

  @Test
  void leavittsQuotesAreListed() {
    JsonNode found = server.get("/api/quotes?speaker=leavitt").json().path("quotes");
    assertThat(found).isNotEmpty();
    assertThat(found.toString()).contains("capacité nucléaire nulle");
    assertThat(found.get(0).path("speaker").path("name").asText()).contains("Leavitt");
  }
}
