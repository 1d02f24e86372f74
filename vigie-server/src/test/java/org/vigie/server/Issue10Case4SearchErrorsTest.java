package org.vigie.server;

import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.app.fixtures.Corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.server.ServerFixture.enc;

import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.server.ServerFixture.Reply;

/**
 * Issue 10, case 4, at the HTTP edge: {@code /api/search?q=/[a-z]{1,60000}/} held a core for 30 s and answered no
 * hits; a malformed query answered no hits too. Both are a 400 that says how to write the query, in the API's error
 * shape, and on the search page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Issue10Case4SearchErrorsTest {
  @AutoClose ServerFixture server;

  @BeforeAll
  void start(@TempDir Path dir) {
    server = new ServerFixture(dir.resolve("data"), HandmadePipeline::create);
    assertThat(server.post("/api/articles", Corpus.ARTICLES).status()).isEqualTo(201);
  }

  @Test
  void case4_regexAndMalformedQueriesAreA400ThatSaysHowToSearch() {
    for (String q : new String[] {"/[a-z]{1,60000}/", "grève (port", "\"grève au port"}) {
      Reply api = server.get("/api/search?q=" + enc(q));
      assertThat(api.status()).as(q).isEqualTo(400);
      assertThat(api.json().path("error").path("message").asText()).as(q).contains("cannot search for");
      Reply page = server.get("/search?q=" + enc(q));
      assertThat(page.status()).as(q).isEqualTo(400);
      assertThat(page.type()).startsWith("text/html");
      assertThat(page.body()).contains("cannot search for");
    }
  }

  @Test
  void case4_wellFormedQueriesStillAnswer() {
    Reply ok = server.get("/api/search?q=" + enc("grève port"));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().path("total").asLong()).isPositive();
  }
}
