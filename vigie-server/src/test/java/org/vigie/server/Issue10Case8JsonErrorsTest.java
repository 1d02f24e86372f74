package org.vigie.server;

import org.vigie.app.Vigie;
import org.vigie.app.fixtures.HandmadePipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 8: requests Jetty refuses before any route sees them — a URI over 8 KB, {@code %00}, an overlong
 * UTF-8 {@code %C0%AE}, a {@code ..;} segment — were answered with Jetty's HTML error page. Every /api answer uses
 * the one JSON error shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Issue10Case8JsonErrorsTest {
  @AutoClose ServerFixture server;
  String host;

  @BeforeAll
  void start(@TempDir Path dir) {
    server = new ServerFixture(dir.resolve("data"), HandmadePipeline::create);
    host = "127.0.0.1:" + server.server.port();
  }

  @Test
  void case8_requestsRefusedBeforeRoutingGetTheJsonErrorShape() throws Exception {
    Map<String, Integer> targets = new LinkedHashMap<>();
    targets.put("/api/search?q=" + "a".repeat(9_000), 414);
    targets.put("/api/articles/%00", 400);
    targets.put("/api/articles/%C0%AE", 400);
    targets.put("/api/articles/..;/x", 400);
    targets.put("/api/..;/health", 400);
    targets.put("/api/articles/%2e%2e%2f%2e%2e%2fetc", 404); // read as an id, and none has it
    for (Map.Entry<String, Integer> t : targets.entrySet()) {
      RawHttp.Response r = RawHttp.get(server.base, t.getKey(), host);
      String what = t.getKey().substring(0, Math.min(40, t.getKey().length()));
      assertThat(r.status()).as(what).isEqualTo(t.getValue());
      assertThat(r.header("Content-Type")).as(what).startsWith("application/json");
      JsonNode error = ServerFixture.JSON.readTree(r.body()).path("error");
      assertThat(error.path("status").asInt()).as(what).isEqualTo(t.getValue());
      assertThat(error.path("message").asText()).as(what).isNotBlank();
    }
  }

  @Test
  void case8_pagesOutsideTheApiKeepAnHtmlErrorPage() {
    RawHttp.Response r = RawHttp.get(server.base, "/stories/..;/x", host);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("text/html");
    assertThat(r.body()).contains("Vigie");
  }
}
