package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie watch} argument checks and one round against a local server (nothing to analyse). */
class WatchCommandTest {

  @Test
  void refusesNonHttpSchemes(@TempDir Path dir) {
    CliRun run = CliRun.of("watch", "--data", dir.toString(), "--once", "file:///etc/passwd");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("only http and https");
  }

  @Test
  void once_reportsEveryFeed_andFailsOnAMissingOne(@TempDir Path dir) throws Exception {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/robots.txt", ex -> {
      byte[] body = "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    http.createContext("/", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    http.start();
    try {
      String base = "http://127.0.0.1:" + http.getAddress().getPort();
      CliRun run = CliRun.of("watch", "--data", dir.resolve("data").toString(), "--once", "--delay", "0",
          base + "/missing.xml", base + "/private/feed.xml");
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out()).contains("failed: " + base + "/missing.xml: HTTP 404")
          .contains("disallowed: " + base + "/private/feed.xml");
    } finally {
      http.stop(0);
    }
  }
}
