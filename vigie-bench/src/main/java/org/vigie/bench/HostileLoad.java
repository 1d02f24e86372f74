package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.vigie.nlp.Pipeline;
import org.vigie.app.Vigie;
import org.vigie.server.JavalinLauncher;
import org.vigie.app.spi.ServerLauncher;

/**
 * The hostile requests of issue 10 against a real server on loopback, with the real pipeline: a 1 MB article made of
 * one repeated sentence with a quote (twice, the second joining the first one's story), and a search for
 * {@code /[a-z]{1,60000}/} (four at once). Each is timed, and small POSTs are sent one after the other while it
 * runs: their latency says whether one costly request stalls the others.
 */
final class HostileLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SENTENCE =
      "Le ministre a déclaré « nous tiendrons bon jusqu'au bout » devant les députés réunis à Paris. ";
  private static final int BIG_BYTES = 1024 * 1024;
  private static final String REGEX = "/[a-z]{1,60000}/";

  private final PrintWriter log;
  private final HttpClient http = HttpClient.newHttpClient();
  private int smallCount;

  HostileLoad(PrintWriter log) {
    this.log = log;
  }

  Map<String, Object> run(Pipeline pipeline, int threads) {
    Path dir = tempDir();
    Map<String, Object> out = new LinkedHashMap<>();
    try (Vigie vigie = Vigie.open(dir, () -> pipeline, threads);
        ServerLauncher.Serving server = new JavalinLauncher().start(vigie, "127.0.0.1", 0, java.util.Set.of())) {
      URI base = server.uri("127.0.0.1");
      post(base, small()); // the pipeline is warm; this warms the server's path
      out.put("big_article_1mb", whileRunning(base, () -> post(base, big("grand-1", "Un dossier immense"))));
      out.put("big_article_1mb_same_story", whileRunning(base, () -> post(base, big("grand-2", "Le même dossier"))));
      out.put("regex_search_x4", whileRunning(base, () -> {
        List<CompletableFuture<Integer>> searches = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          searches.add(CompletableFuture.supplyAsync(() -> get(base, "/api/search?q="
              + URLEncoder.encode(REGEX, StandardCharsets.UTF_8))));
        }
        return searches.stream().mapToInt(CompletableFuture::join).max().orElse(0);
      }));
      out.put("articles_stored", vigie.store().health().articles());
    } finally {
      EndToEnd.delete(dir);
    }
    return out;
  }

  /**
   * Runs {@code request} (which returns an HTTP status) in the background and sends small POSTs one after the other
   * until it is done; returns its time and status and the small POSTs' latencies.
   */
  private Map<String, Object> whileRunning(URI base, java.util.function.Supplier<Integer> request) {
    long start = System.nanoTime();
    CompletableFuture<Integer> costly = CompletableFuture.supplyAsync(request);
    List<Double> latencies = new ArrayList<>();
    while (!costly.isDone() || latencies.isEmpty()) {
      long t = System.nanoTime();
      int status = post(base, small());
      latencies.add((System.nanoTime() - t) / 1e6);
      if (status != 201) {
        log.printf("bench: a small POST answered %d%n", status);
      }
    }
    int status;
    try {
      status = costly.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the costly request failed", e.getCause());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seconds", EndToEnd.round(seconds));
    m.put("status", status);
    m.put("small_posts", sorted.length);
    m.put("small_post_p50_ms", EndToEnd.round(sorted[sorted.length / 2]));
    m.put("small_post_max_ms", EndToEnd.round(sorted[sorted.length - 1]));
    log.printf("bench: hostile request %.1f s (status %d); %d small POSTs meanwhile, max %.0f ms%n", seconds, status,
        sorted.length, sorted[sorted.length - 1]);
    log.flush();
    return m;
  }

  private byte[] big(String id, String title) {
    StringBuilder body = new StringBuilder(BIG_BYTES + SENTENCE.length());
    while (body.length() < BIG_BYTES) {
      body.append(SENTENCE);
    }
    return json(Map.of("id", id, "title", title, "outlet", "Le Grand Quotidien", "published", "2026-03-04",
        "text", body.toString()));
  }

  private byte[] small() {
    int n = ++smallCount;
    return json(Map.of("id", "bref-" + n, "title", "Brève numéro " + n + " sur la voirie", "outlet", "Agence",
        "published", "2026-03-05", "text", "La commune refait la chaussée du quartier " + n
            + ". Les travaux dureront une semaine, a indiqué la mairie."));
  }

  private int post(URI base, byte[] body) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/articles"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return send(request);
  }

  private int get(URI base, String target) {
    return send(HttpRequest.newBuilder(base.resolve(target)).GET().build());
  }

  private int send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] json(Map<String, String> fields) {
    try {
      return JSON.writeValueAsBytes(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("vigie-bench-hostile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
