package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** serve, reindex and ingest's error paths: none of them analyses an article, so no model loads. */
class ServeAndReindexTest {

  @Test
  void serve_printsItsUrl_answersHealth_andStops(@TempDir Path dir) throws Exception {
    ServeCommand serve = new ServeCommand();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(serve);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    ExecutorService thread = Executors.newSingleThreadExecutor(); // never block the common pool (see DemoIT)
    Future<Integer> status = thread.submit(
        () -> cli.execute("--data", dir.resolve("data").toString(), "--port", "0"));
    thread.shutdown();
    URI base = null;
    for (int i = 0; i < 200 && base == null; i++) {
      Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(out.toString(StandardCharsets.UTF_8));
      if (m.find()) {
        base = URI.create(m.group(1));
      } else {
        Thread.sleep(50);
      }
    }
    assertThat(base).as("the URL printed by serve").isNotNull();
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(base.resolve("/api/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"ok\"");
    Path announced = dir.resolve("data").resolve(RunningServer.FILE);
    assertThat(Files.readString(announced).strip()).as("where ingest finds the server").isEqualTo(base.toString());
    serve.stop.countDown();
    assertThat(status.get(20, TimeUnit.SECONDS)).isZero();
    assertThat(announced).doesNotExist();
  }

  @Test
  void serve_refusesABadPort(@TempDir Path dir) {
    CliRun run = CliRun.of("serve", "--data", dir.toString(), "--port", "70000");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--port");
  }

  @Test
  void reindex_ofAnEmptyStore_reportsZero(@TempDir Path dir) {
    CliRun run = CliRun.of("reindex", "--data", dir.resolve("data").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("0 article(s)");
    assertThat(Files.isDirectory(dir.resolve("data"))).isTrue();
  }

  @Test
  void ingest_ofAMissingFile_failsWithTheReason(@TempDir Path dir) {
    CliRun run = CliRun.of("ingest", "--data", dir.resolve("data").toString(), dir.resolve("nope.txt").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("failed: ").contains("nope.txt").contains("0 new, 0 duplicate(s), 0 conflict(s), 1 failed");
  }

  @Test
  void progress_isPlainLinesWhenNotATerminal() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintWriter writer = new PrintWriter(err, true, StandardCharsets.UTF_8);
    ProgressBar plain = new ProgressBar(writer, false);
    plain.update(0, 4);
    plain.update(4, 4);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("analysed 0/4").contains("analysed 4/4")
        .doesNotContain("\r");
    err.reset();
    ProgressBar bar = new ProgressBar(writer, true);
    bar.update(2, 4);
    bar.update(4, 4);
    String drawn = err.toString(StandardCharsets.UTF_8);
    assertThat(drawn).contains("\r[###############...............] 2/4").contains("4/4").endsWith("\n");
  }
}
