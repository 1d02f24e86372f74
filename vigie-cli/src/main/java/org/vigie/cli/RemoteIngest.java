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
import org.vigie.ingest.IngestResult;
import org.vigie.model.Article;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;
import org.vigie.server.IngestReport;
import org.vigie.server.IngestService;

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
   * @throws IOException when the server cannot be reached or answers something else than the API's shapes
   */
  IngestReport send(IngestResult read, IngestService.Progress progress) throws IOException, InterruptedException {
    List<String> added = new ArrayList<>();
    List<Duplicate> duplicates = new ArrayList<>(read.duplicates());
    List<ItemError> conflicts = new ArrayList<>();
    List<ItemError> errors = new ArrayList<>(read.errors());
    List<Article> articles = read.articles();
    progress.update(0, articles.size());
    int from = 0;
    while (from < articles.size()) {
      ArrayNode batch = JSON.createArrayNode();
      int bytes = 2;
      int to = from;
      while (to < articles.size() && to - from < BATCH_ARTICLES) {
        ObjectNode json = json(articles.get(to));
        int size = JSON.writeValueAsBytes(json).length + 1;
        if (to > from && bytes + size > BATCH_BYTES) {
          break;
        }
        batch.add(json);
        bytes += size;
        to++;
      }
      List<Article> sent = articles.subList(from, to);
      JsonNode answer = post(batch);
      JsonNode body = answer.has("error") ? answer.path("error") : answer;
      body.path("ids").forEach(id -> added.add(id.asText()));
      body.path("duplicates").forEach(d -> duplicates.add(new Duplicate(local(sent, d), d.path("duplicate_of")
          .asText())));
      body.path("conflicts").forEach(c -> conflicts.add(new ItemError(local(sent, c), c.path("message").asText())));
      body.path("errors").forEach(e -> errors.add(new ItemError(local(sent, e), e.path("message").asText())));
      if (answer.has("error")) {
        int status = answer.path("error").path("status").asInt();
        List<ItemError> into = status == 409 ? conflicts : errors;
        answer.path("error").path("items").forEach(e -> into.add(new ItemError(local(sent, e),
            e.path("message").asText())));
        if (answer.path("error").path("items").isEmpty()) {
          for (Article article : sent) {
            errors.add(new ItemError(article.source(), answer.path("error").path("message").asText()));
          }
        }
      }
      from = to;
      progress.update(from, articles.size());
    }
    return new IngestReport(added, duplicates, conflicts, errors, read.skipped());
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
