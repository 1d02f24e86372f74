package org.vigie.server;

import org.vigie.app.fixtures.HandmadePipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 9: no answer carried a Content-Security-Policy or X-Content-Type-Options header. Every answer does
 * now — pages, the API, route errors and the errors Jetty answers itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Issue10Case9SecurityHeadersTest {
  @AutoClose ServerFixture server;
  String host;

  @BeforeAll
  void start(@TempDir Path dir) {
    server = new ServerFixture(dir.resolve("data"), HandmadePipeline::create);
    host = "127.0.0.1:" + server.server.port();
  }

  @Test
  void case9_everyAnswerForbidsScriptsFramingAndSniffing() {
    for (String target : List.of("/", "/search?q=x", "/api/health", "/api/articles/none", "/nowhere",
        "/static/vigie.css", "/api/articles/%00", "/api/search?q=" + "a".repeat(9_000))) {
      RawHttp.Response r = RawHttp.get(server.base, target, host);
      String what = target.substring(0, Math.min(40, target.length())) + " (" + r.status() + ")";
      assertThat(r.header("Content-Security-Policy")).as(what).contains("default-src 'none'")
          .contains("style-src 'self'").contains("frame-ancestors 'none'").doesNotContain("script-src");
      assertThat(r.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
      assertThat(r.header("Referrer-Policy")).as(what).isEqualTo("no-referrer");
    }
  }

  @Test
  void case9_aRefusedHostIsAnsweredWithTheHeadersToo() {
    RawHttp.Response r = RawHttp.get(server.base, "/api/health", "evil.example");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
