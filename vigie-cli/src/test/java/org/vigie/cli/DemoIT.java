package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code vigie demo}: the samples ingested into a fresh store and served, as the README's first command runs it. */
class DemoIT {
  private static final Pattern URL = Pattern.compile("Open (http://127\\.0\\.0\\.1:\\d+/)");
  private String previousHome;

  @BeforeEach
  void pointAtTheRepository() {
    previousHome = System.getProperty("vigie.home");
    System.setProperty("vigie.home", SharedData.repositoryRoot().toString());
  }

  @AfterEach
  void restore() {
    if (previousHome == null) {
      System.clearProperty("vigie.home");
    } else {
      System.setProperty("vigie.home", previousHome);
    }
  }

  @Test
  void demoServesTheSampleStories() throws Exception {
    DemoCommand demo = new DemoCommand();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(demo);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    // Its own thread, never the common pool: lingua runs its detection on the common pool, and a demo blocking
    // the pool's only worker (on two cores) would leave it waiting forever.
    ExecutorService thread = Executors.newSingleThreadExecutor();
    Future<Integer> status = thread.submit(() -> cli.execute("--port", "0"));
    thread.shutdown();
    try {
      checkTheDemo(out, status);
    } finally {
      demo.stop.countDown();
    }
    assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
  }

  private static void checkTheDemo(ByteArrayOutputStream out, Future<Integer> status) throws Exception {
    URI base = null;
    for (int i = 0; i < 1200 && base == null && !status.isDone(); i++) {
      Matcher m = URL.matcher(out.toString(StandardCharsets.UTF_8));
      if (m.find()) {
        base = URI.create(m.group(1));
      } else {
        Thread.sleep(100);
      }
    }
    assertThat(base).as("the URL printed by demo: %s", out).isNotNull();
    HttpClient http = HttpClient.newHttpClient();
    JsonNode health = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(base.resolve("/api/health"))
        .build(), HttpResponse.BodyHandlers.ofString()).body());
    assertThat(health.get("articles").asInt()).isEqualTo(13);
    assertThat(health.get("stories").asInt()).isEqualTo(4);
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Crue glaciaire");
  }

  @Test
  void demoTextPrintsTheAnalysisAndTheDossiers() {
    CliRun run = CliRun.of("demo", "--text");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("== Crue glaciaire").contains("## Story").contains("13 article(s), 4 stories");
  }
}
