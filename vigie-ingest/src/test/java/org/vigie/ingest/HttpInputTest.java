package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.ItemError;

/** Reads URLs from a real HTTP server on the loopback interface. */
class HttpInputTest {
  private static final String PAGE = """
      <html lang="en"><head><title>Harbour reopens</title>
      <meta property="article:published_time" content="2026-03-10"></head>
      <body><article><h1>Harbour reopens</h1><p>Ferries sail again from Monday, the port said.</p>
      <p>The strike lasted three weeks.</p></article></body></html>
      """;
  private static final String FEED = """
      <?xml version="1.0"?><rss version="2.0">
      <channel><title>Harbour News</title><link>l</link><description>d</description>
      <item><title>One</title><description>First item.</description></item>
      <item><title>Two</title><description>Second item.</description></item></channel></rss>
      """;

  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private HttpServer server;
  private final List<String> userAgents = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/article", exchange -> respond(exchange, 200, "text/html; charset=utf-8", PAGE));
    server.createContext("/feed", exchange -> respond(exchange, 200, "application/rss+xml", FEED));
    server.createContext("/plain", exchange ->
        respond(exchange, 200, "text/plain", "Harbour reopens\n\nFerries sail."));
    server.createContext("/missing", exchange -> respond(exchange, 404, "text/html", "<h1>Not found</h1>"));
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/article");
      exchange.sendResponseHeaders(301, -1);
      exchange.close();
    });
    server.createContext("/huge", exchange -> respond(exchange, 200, "text/plain", "x".repeat(200_000)));
    server.createContext("/slow", exchange -> {
      try {
        Thread.sleep(1_500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      respond(exchange, 200, "text/plain", "Late\n\nToo late.");
    });
    server.setExecutor(handlers);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
    handlers.shutdownNow();
  }

  @Test
  void htmlPageIsDownloadedAndRead() {
    String url = url("/article");
    IngestResult result = ingestor().read(List.of(url));
    assertThat(result.errors()).isEmpty();
    Article article = result.articles().getFirst();
    assertThat(article.source()).isEqualTo(url);
    assertThat(article.url()).isEqualTo(url);
    assertThat(article.title()).isEqualTo("Harbour reopens");
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(article.body())
        .isEqualTo("Ferries sail again from Monday, the port said.\n\nThe strike lasted three weeks.");
    assertThat(userAgents).containsOnly(Fetcher.USER_AGENT);
  }

  @Test
  void feedItemsAreNamedAfterTheFeedUrl() {
    String url = url("/feed");
    IngestResult result = ingestor().read(List.of(url));
    assertThat(result.articles()).extracting(Article::source).containsExactly(url + "#1", url + "#2");
  }

  @Test
  void plainTextResponseIsReadAsText() {
    IngestResult result = ingestor().read(List.of(url("/plain")));
    assertThat(result.articles()).singleElement().extracting(Article::title).isEqualTo("Harbour reopens");
  }

  @Test
  void redirectsAreFollowed() {
    IngestResult result = ingestor().read(List.of(url("/moved")));
    assertThat(result.articles()).singleElement().satisfies(article -> {
      assertThat(article.source()).isEqualTo(url("/moved"));
      assertThat(article.url()).isEqualTo(url("/article"));
    });
  }

  @Test
  void notFoundIsAnErrorWithTheStatus() {
    String url = url("/missing");
    IngestResult result = ingestor().read(List.of(url));
    assertThat(result.articles()).isEmpty();
    assertThat(result.errors()).containsExactly(new ItemError(url, "HTTP status 404"));
  }

  @Test
  void responseLargerThanTheLimitIsAnError() {
    String url = url("/huge");
    IngestResult result = new Ingestor(new IngestOptions(null, 100_000, Duration.ofSeconds(10))).read(List.of(url));
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo(url);
      assertThat(error.message()).startsWith("response larger than");
    });
  }

  @Test
  void slowServerTimesOut() {
    String url = url("/slow");
    IngestResult result = new Ingestor(new IngestOptions(null, 1_000_000, Duration.ofMillis(300))).read(List.of(url));
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo(url);
      assertThat(error.message()).contains("timed out");
    });
  }

  @Test
  void refusedConnectionIsAnError() {
    String url = url("/article");
    server.stop(0);
    IngestResult result = ingestor().read(List.of(url));
    assertThat(result.errors()).singleElement().satisfies(error -> assertThat(error.source()).isEqualTo(url));
  }

  private static Ingestor ingestor() {
    return new Ingestor(new IngestOptions(null, IngestOptions.DEFAULT_MAX_ARTICLE_BYTES, Duration.ofSeconds(10)));
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
