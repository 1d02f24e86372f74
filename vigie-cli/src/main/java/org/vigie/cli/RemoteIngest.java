package org.vigie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.app.ArticleSource;
import org.vigie.app.IngestListener;
import org.vigie.app.ListenerSink;
import org.vigie.model.Article;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;

/**
 * Sends articles read here to a running server's {@code POST /api/articles}, in batches, and gathers its answers
 * into one report named after the local inputs. The server reads each article again from its JSON fields (the id
 * read here included), analyses, clusters and stores it.
 */
final class RemoteIngest {
  /** Articles per request, well under the server's 1,000. */
  static final int BATCH_ARTICLES = 100;
  /** Bytes of JSON per request, well under the server's 10 MiB. */
  static final int BATCH_BYTES = 4 * 1024 * 1024;
  private static final Pattern ITEM = Pattern.compile("\\[(\\d+)]$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  RemoteIngest(URI base) {
    this.base = base;
  }

  /**
   * Reads {@code source} and sends its articles as they are read, a batch at a time, telling {@code listener} of
   * every outcome under the local input's name.
   *
   * @throws IOException when the server cannot be reached or answers something else than the API's shapes
   */
  void send(ArticleSource source, IngestListener listener) throws IOException, InterruptedException {
    Batcher batcher = new Batcher(listener);
    try {
      source.readInto(batcher);
      batcher.flush();
    } catch (Failed e) {
      if (e.getCause() instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      throw (IOException) e.getCause();
    }
  }

  /** A failure to reach the server, carried out of the read's callbacks. */
  private static final class Failed extends RuntimeException {
    Failed(Exception cause) {
      super(cause);
    }
  }

  /** Gathers articles as they are read into batches of at most {@value #BATCH_ARTICLES} or about 4 MB, and sends each. */
  private final class Batcher extends ListenerSink {
    private final List<Article> batch = new ArrayList<>();
    private int bytes = 2;
    private int read;
    private int done;

    Batcher(IngestListener listener) {
      super(listener);
    }

    @Override
    public void article(Article article) {
      int size;
      try {
        size = JSON.writeValueAsBytes(json(article)).length + 1;
      } catch (IOException e) {
        throw new Failed(e);
      }
      if (!batch.isEmpty() && (bytes + size > BATCH_BYTES || batch.size() == BATCH_ARTICLES)) {
        flush();
      }
      batch.add(article);
      bytes += size;
      read++;
      if (read == 1) {
        listener.progress(0, read);
      }
    }

    void flush() {
      if (batch.isEmpty()) {
        return;
      }
      try {
        sendBatch(List.copyOf(batch), listener);
      } catch (IOException | InterruptedException e) {
        throw new Failed(e);
      }
      done += batch.size();
      batch.clear();
      bytes = 2;
      listener.progress(done, read);
    }
  }

  private void sendBatch(List<Article> sent, IngestListener listener) throws IOException, InterruptedException {
    ArrayNode batch = JSON.createArrayNode();
    sent.forEach(article -> batch.add(json(article)));
    JsonNode answer = post(batch);
    JsonNode body = answer.has("error") ? answer.path("error") : answer;
    body.path("ids").forEach(id -> listener.added(id.asText()));
    body.path("duplicates").forEach(d -> listener.duplicate(new Duplicate(local(sent, d),
        d.path("duplicate_of").asText())));
    body.path("conflicts").forEach(c -> listener.conflict(new ItemError(local(sent, c), c.path("message").asText())));
    body.path("errors").forEach(e -> listener.error(new ItemError(local(sent, e), e.path("message").asText())));
    if (answer.has("error")) {
      boolean conflict = answer.path("error").path("status").asInt() == 409;
      answer.path("error").path("items").forEach(e -> {
        ItemError item = new ItemError(local(sent, e), e.path("message").asText());
        if (conflict) {
          listener.conflict(item);
        } else {
          listener.error(item);
        }
      });
      if (answer.path("error").path("items").isEmpty()) {
        for (Article article : sent) {
          listener.error(new ItemError(article.source(), answer.path("error").path("message").asText()));
        }
      }
    }
  }

  /** The article in the JSON input shape: its metadata, then its fields (the id included, so it does not change). */
  static ObjectNode json(Article article) {
    ObjectNode json = JSON.valueToTree(article.metadata());
    json.put("id", article.id());
    putIfPresent(json, "url", article.url());
    putIfPresent(json, "outlet", article.outlet());
    json.put("title", article.title());
    putIfPresent(json, "published", article.published() == null ? null : article.published().toString());
    putIfPresent(json, "language", article.language());
    json.put("text", article.body());
    return json;
  }

  private static void putIfPresent(ObjectNode json, String field, String value) {
    if (value != null) {
      json.put(field, value);
    }
  }

  /** The local source of an item the server named {@code POST /api/articles[i]}. */
  private static String local(List<Article> sent, JsonNode item) {
    String source = item.path("source").asText();
    Matcher m = ITEM.matcher(source);
    if (m.find()) {
      int i = Integer.parseInt(m.group(1));
      if (i < sent.size()) {
        return sent.get(i).source();
      }
    }
    return source;
  }

  private JsonNode post(ArrayNode batch) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/articles"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(batch)))
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode answer;
    try {
      answer = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IOException("the server at " + base + " answered " + response.statusCode() + " without JSON");
    }
    if (answer == null || !answer.isObject() || response.statusCode() != 201 && !answer.has("error")) {
      throw new IOException("the server at " + base + " answered " + response.statusCode() + " unexpectedly");
    }
    if (answer.has("error") && response.statusCode() != 400 && response.statusCode() != 409) {
      throw new IOException("the server at " + base + " refused the articles: "
          + answer.path("error").path("message").asText());
    }
    return answer;
  }
}
