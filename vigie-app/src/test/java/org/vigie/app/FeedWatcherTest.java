package org.vigie.app;

import org.vigie.app.fixtures.HandmadePipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.FeedWatcher.Outcome;
import org.vigie.app.FeedWatcher.Poll;

/** The feed watcher against a local HTTP server on 127.0.0.1: robots.txt, conditional GET, politeness. */
class FeedWatcherTest {
  private static final String FEED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Nord Matin</title><link>http://example.test/</link>
        <item><title>Les pêcheurs bloquent le port</title><link>http://example.test/1</link>
          <pubDate>Tue, 10 Feb 2026 08:00:00 GMT</pubDate>
          <description>Les pêcheurs de l'estuaire ont bloqué le port avec leurs chalutiers contre les quotas de sole.</description></item>
        <item><title>Tempête sur la côte</title><link>http://example.test/2</link>
          <pubDate>Wed, 11 Feb 2026 08:00:00 GMT</pubDate>
          <description>Une tempête a frappé la côte dans la nuit, privant d'électricité plusieurs communes.</description></item>
      </channel></rss>
      """;

  HttpServer http;
  URI base;
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<Long> feedTimes = new CopyOnWriteArrayList<>();
  Vigie vigie;

  @BeforeEach
  void start(@TempDir Path dir) throws IOException {
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    http.createContext("/robots.txt", ex -> reply(ex, 200, "User-agent: *\nDisallow: /private/\n", null));
    http.createContext("/feed.xml", ex -> {
      feedTimes.add(System.nanoTime());
      if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        reply(ex, 304, null, "\"v1\"");
      } else {
        reply(ex, 200, FEED, "\"v1\"");
      }
    });
    http.createContext("/private/feed.xml", ex -> reply(ex, 200, FEED, null));
    http.createContext("/broken.xml", ex -> reply(ex, 500, "oops", null));
    http.start();
    base = URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    vigie = Vigie.open(dir.resolve("data"), HandmadePipeline::create, 1);
  }

  @AfterEach
  void stop() {
    http.stop(0);
    vigie.close();
  }

  @Test
  void firstPollIngests_secondIsANotModified304() throws Exception {
    FeedWatcher watcher = new FeedWatcher(vigie.ingest(), Duration.ZERO);
    Poll first = watcher.poll(base.resolve("/feed.xml"));
    assertThat(first.outcome()).as(first.message()).isEqualTo(Outcome.INGESTED);
    assertThat(first.report().added()).hasSize(2);
    Poll second = watcher.poll(base.resolve("/feed.xml"));
    assertThat(second.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(vigie.store().health().articles()).isEqualTo(2);
    assertThat(requests).containsExactly("GET /robots.txt", "GET /feed.xml", "GET /feed.xml");
  }

  @Test
  void robotsTxt_isObeyed() throws Exception {
    FeedWatcher watcher = new FeedWatcher(vigie.ingest(), Duration.ZERO);
    assertThat(watcher.poll(base.resolve("/private/feed.xml")).outcome()).isEqualTo(Outcome.DISALLOWED);
    assertThat(requests).containsExactly("GET /robots.txt");
  }

  @Test
  void requestsToOneHost_waitThePolitenessDelay() throws Exception {
    FeedWatcher watcher = new FeedWatcher(vigie.ingest(), Duration.ofMillis(400));
    watcher.poll(base.resolve("/feed.xml"));
    watcher.poll(base.resolve("/feed.xml"));
    assertThat(feedTimes).hasSize(2);
    assertThat(Duration.ofNanos(feedTimes.get(1) - feedTimes.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(390));
  }

  @Test
  void serverErrors_areReported() throws Exception {
    FeedWatcher watcher = new FeedWatcher(vigie.ingest(), Duration.ZERO);
    Poll poll = watcher.poll(base.resolve("/broken.xml"));
    assertThat(poll.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(poll.message()).contains("500");
  }

  @Test
  void onlyHttpAndHttpsFeeds_areAccepted() throws Exception {
    for (String url : List.of("file:///etc/passwd", "ftp://127.0.0.1/feed.xml", "javascript:alert(1)", "feed.xml")) {
      assertThatThrownBy(() -> FeedWatcher.feedUri(url)).as(url).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(FeedWatcher.feedUri("HTTPS://example.test/rss").getHost()).isEqualTo("example.test");
    FeedWatcher watcher = new FeedWatcher(vigie.ingest(), Duration.ZERO);
    assertThat(watcher.poll(URI.create("file:///etc/passwd")).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(requests).isEmpty();
  }

  private void reply(HttpExchange ex, int status, String body, String etag) throws IOException {
    requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
    if (etag != null) {
      ex.getResponseHeaders().set("ETag", etag);
    }
    if (body == null) {
      ex.sendResponseHeaders(status, -1);
    } else {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
      ex.sendResponseHeaders(status, bytes.length);
      ex.getResponseBody().write(bytes);
    }
    ex.close();
  }
}
