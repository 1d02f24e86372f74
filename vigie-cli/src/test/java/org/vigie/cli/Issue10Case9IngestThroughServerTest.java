package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.Vigie;
import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.app.spi.ServerLauncher;

/**
 * Issue 10, case 9: {@code vigie ingest} could not run while {@code vigie serve} held the store, though a user
 * expects to feed a running server from the command line. The server announces its URL in the store's directory;
 * ingest reads the inputs and sends them through the server's API, and says how when no server announced itself.
 */
class Issue10Case9IngestThroughServerTest {
  @TempDir Path dir;

  @Test
  void case9_ingestWhileServeHoldsTheStore_goesThroughTheServer() throws Exception {
    Path data = dir.resolve("data");
    Path file = Files.writeString(dir.resolve("batch.json"), """
        [{"id": "a-1", "title": "Le port rouvre", "text": "Les ferries reprennent la mer.", "outlet": "Gazette"},
         {"id": "a-2", "title": "La grève continue", "text": "Les cheminots ne reprennent pas le travail."},
         {"id": "known", "title": "Autre chose", "text": "Un autre texte sous un id connu."}]
        """);
    try (Vigie vigie = Vigie.open(data, HandmadePipeline::create, 1);
        ServerLauncher.Serving server = ServerLauncher.find().start(vigie, "127.0.0.1", 0, Set.of());
        RunningServer.Announcement announced = RunningServer.announce(data, server.uri("127.0.0.1"))) {
      HttpResponse<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              server.uri("127.0.0.1").resolve("/api/articles")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"known\", \"title\": \"T\", \"text\": \"Texte.\"}"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(first.statusCode()).isEqualTo(201);

      CliRun run = CliRun.of("ingest", "--data", data.toString(), file.toString());

      assertThat(run.err()).contains("held by the server at " + server.uri("127.0.0.1"));
      assertThat(run.out()).contains("2 new, 0 duplicate(s), 1 conflict(s), 0 failed")
          .contains("conflict: " + file + "[2]: article 'known' is already stored with other content");
      assertThat(run.status()).isEqualTo(1);
      assertThat(vigie.store().health().articles()).isEqualTo(3);
      assertThat(vigie.store().article("a-1")).hasValueSatisfying(
          stored -> assertThat(stored.article().outlet()).isEqualTo("Gazette"));
    }
    assertThat(data.resolve(RunningServer.FILE)).doesNotExist();
  }

  @Test
  void case9_ingestWhileTheStoreIsHeldWithoutAServer_saysHowToSend() throws IOException {
    Path data = dir.resolve("data");
    Path file = Files.writeString(dir.resolve("one.txt"), "Titre\n\nUn texte.");
    try (Vigie vigie = Vigie.open(data, HandmadePipeline::create, 1)) {
      CliRun run = CliRun.of("ingest", "--data", data.toString(), file.toString());
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err()).contains("already open").contains("POST /api/articles").contains("curl");
    }
  }

  @Test
  void announcement_isReadBackAndIgnoredWhenMalformed() throws IOException {
    try (RunningServer.Announcement a = RunningServer.announce(dir, URI.create("http://127.0.0.1:7070/"))) {
      assertThat(RunningServer.find(dir)).contains(URI.create("http://127.0.0.1:7070/"));
    }
    assertThat(RunningServer.find(dir)).isEmpty();
    Files.writeString(dir.resolve(RunningServer.FILE), "file:///etc/passwd");
    assertThat(RunningServer.find(dir)).isEmpty();
  }
}
