package org.vigie.server;

import org.vigie.app.Demo;

import org.vigie.app.Vigie;
import org.vigie.app.fixtures.HandmadePipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo entry point: the repository's samples/ into a fresh store, served, URL printed. */
class DemoServerTest {

  @Test
  void demo_ingestsTheSamples_andServesThem(@TempDir Path dir) throws Exception {
    Path samples = Path.of("..", "samples");
    assumeTrue(Files.isDirectory(samples), "needs the repository's samples/");
    StringWriter out = new StringWriter();
    try (Demo demo = Demo.start(samples, dir.resolve("data"), HandmadePipeline::create, new JavalinLauncher(), "127.0.0.1", 0,
        new PrintWriter(out))) {
      assertThat(out.toString()).contains("Vigie is serving " + demo.uri());
      HttpResponse<String> home = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(demo.uri()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("story-card");
    }
  }

  @Test
  void demo_inATemporaryStore_deletesItOnClose() {
    Path samples = Path.of("..", "samples");
    assumeTrue(Files.isDirectory(samples), "needs the repository's samples/");
    StringWriter out = new StringWriter();
    Demo demo = Demo.start(samples, HandmadePipeline::create, new JavalinLauncher(), "127.0.0.1", 0,
        new PrintWriter(out));
    String printed = out.toString();
    Path store = Path.of(printed.substring(printed.indexOf(" into ") + 6, printed.indexOf(" (")));
    assertThat(Files.isDirectory(store)).isTrue();
    demo.close();
    assertThat(Files.exists(store)).isFalse();
  }
}
