package org.vigie.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.Excerpt;

/**
 * The OpenSearch side of the server store: one index whose document id is the article id, so that indexing an
 * article again replaces it (at-least-once delivery, indexed once). Its analysers are the embedded index's, written
 * in OpenSearch's terms: French with elision, English with possessives, both folding case and accents before
 * stemming. Queries are checked by the embedded store's parser first, so both stores refuse the same queries with
 * the same messages; OpenSearch then parses the same classic syntax.
 *
 * <p>Spoken to over its REST API with the JDK's HTTP client: no OpenSearch type leaves this class.
 */
final class OpenSearchIndex {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String[] FRENCH_ELISIONS =
      {"l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"};
  /** Marks a matched term in a highlight: control characters that the analysers drop from article text. */
  private static final String PRE = "\u0002";
  private static final String POST = "\u0003";
  private static final int SNIPPET_CHARS = 160;
  private static final int MAX_FACET_VALUES = 20;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String index;
  private final SearchQueries validator = SearchIndex.queries(LanguageAnalyzers.perField());
  /** Set by a write, cleared by a refresh: a search in this process refreshes first, to see every put returned. */
  private volatile boolean dirty;

  private OpenSearchIndex(URI base, String index) {
    this.base = base;
    this.index = index;
  }

  /** Connects to the index, creating it with its analysers and mapping when absent. */
  static OpenSearchIndex open(URI base, String index, int shards, int replicas) throws IOException {
    OpenSearchIndex os = new OpenSearchIndex(base, index);
    if (os.send("HEAD", "/" + index, null).statusCode() == 404) {
      os.create(shards, replicas);
    }
    return os;
  }

  private void create(int shards, int replicas) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode settings = body.putObject("settings");
    settings.put("number_of_shards", shards);
    settings.put("number_of_replicas", replicas);
    ObjectNode analysis = settings.putObject("analysis");
    ObjectNode filters = analysis.putObject("filter");
    ObjectNode elision = filters.putObject("vigie_elision");
    elision.put("type", "elision");
    elision.put("articles_case", true);
    ArrayNode articles = elision.putArray("articles");
    for (String a : FRENCH_ELISIONS) {
      articles.add(a);
    }
    filters.putObject("vigie_french_stem").put("type", "stemmer").put("language", "light_french");
    filters.putObject("vigie_english_stem").put("type", "stemmer").put("language", "porter");
    filters.putObject("vigie_possessive").put("type", "stemmer").put("language", "possessive_english");
    ObjectNode analyzers = analysis.putObject("analyzer");
    analyzer(analyzers, LanguageAnalyzers.FRENCH, "vigie_elision", "lowercase", "asciifolding", "vigie_french_stem");
    analyzer(analyzers, LanguageAnalyzers.ENGLISH, "vigie_possessive", "lowercase", "asciifolding",
        "vigie_english_stem");
    analyzer(analyzers, LanguageAnalyzers.OTHER, "lowercase", "asciifolding");
    ObjectNode properties = body.putObject("mappings").put("dynamic", "strict").putObject("properties");
    properties.putObject("seq").put("type", "long");
    properties.putObject("headline").put("type", "keyword").put("index", false).put("doc_values", false);
    for (String field : List.of("language", "outlet", "entity")) {
      properties.putObject(field).put("type", "keyword");
    }
    for (String text : List.of("title", "body")) {
      ObjectNode groups = properties.putObject(text).putObject("properties");
      for (String group : LanguageAnalyzers.GROUPS) {
        groups.putObject(group).put("type", "text").put("analyzer", "vigie_" + group)
            .put("index_options", "offsets");
      }
    }
    HttpResponse<String> r = send("PUT", "/" + index, body);
    if (r.statusCode() != 200 && !r.body().contains("resource_already_exists_exception")) {
      throw new IOException("cannot create the search index " + index + ": " + r.statusCode() + " " + r.body());
    }
  }

  private static void analyzer(ObjectNode analyzers, String group, String... filters) {
    ObjectNode a = analyzers.putObject("vigie_" + group);
    a.put("type", "custom");
    a.put("tokenizer", "standard");
    ArrayNode list = a.putArray("filter");
    for (String f : filters) {
      list.add(f);
    }
  }

  /** Indexes (or replaces) the article's document; a search in this process sees it. */
  void add(long sequence, AnalyzedArticle article) throws IOException {
    HttpResponse<String> r = send("PUT", "/" + index + "/_doc/" + docId(article.id()), document(sequence, article));
    if (r.statusCode() != 200 && r.statusCode() != 201) {
      throw new IOException("OpenSearch refused article " + Excerpt.of(article.id()) + ": " + r.statusCode() + " "
          + Excerpt.of(r.body()));
    }
    dirty = true;
  }

  private static ObjectNode document(long sequence, AnalyzedArticle article) {
    String language = SearchIndex.languageOf(article);
    String group = LanguageAnalyzers.group(language);
    ObjectNode doc = JSON.createObjectNode();
    doc.put("seq", sequence);
    doc.put("headline", article.title());
    doc.put("language", language);
    if (article.outlet() != null && !article.outlet().isBlank()) {
      doc.put("outlet", article.outlet());
    }
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : article.entities()) {
      names.add(e.name());
    }
    ArrayNode entities = doc.putArray("entity");
    names.forEach(entities::add);
    doc.putObject("title").put(group, article.title());
    doc.putObject("body").put(group, article.article().body());
    return doc;
  }

  /**
   * @throws InvalidQueryException  when the embedded parser refuses the query, or OpenSearch cannot parse it
   * @throws SearchTimeoutException when OpenSearch reports the search timed out
   */
  SearchIndex.Found search(String queryText, int limit, long timeLimitNanos) throws IOException {
    validator.parse(queryText);
    refreshIfWritten();
    ObjectNode body = JSON.createObjectNode();
    body.put("size", Math.min(limit, SearchIndex.MAX_HITS));
    body.put("track_total_hits", true);
    body.put("timeout", Math.max(1, timeLimitNanos / 1_000_000) + "ms");
    body.putArray("_source").add("headline");
    putQuery(body.putObject("query"), queryText);
    ObjectNode aggs = body.putObject("aggs");
    for (String facet : List.of("outlet", "language", "entity")) {
      aggs.putObject(facet).putObject("terms").put("field", facet).put("size", MAX_FACET_VALUES);
    }
    if (limit > 0) {
      ObjectNode highlight = body.putObject("highlight");
      highlight.put("type", "unified");
      highlight.putArray("pre_tags").add(PRE);
      highlight.putArray("post_tags").add(POST);
      highlight.put("require_field_match", false);
      ObjectNode fields = highlight.putObject("fields");
      for (String group : LanguageAnalyzers.GROUPS) {
        fields.putObject(LanguageAnalyzers.bodyField(group)).put("fragment_size", SNIPPET_CHARS)
            .put("number_of_fragments", 2).put("no_match_size", SNIPPET_CHARS);
        fields.putObject(LanguageAnalyzers.titleField(group)).put("number_of_fragments", 0);
      }
    }
    HttpResponse<String> r = send("POST", "/" + index + "/_search", body);
    if (r.statusCode() == 400) {
      throw new InvalidQueryException("cannot search for \"" + Excerpt.of(queryText) + "\": "
          + reason(r.body()));
    }
    if (r.statusCode() != 200) {
      throw new IOException("OpenSearch answered " + r.statusCode() + ": " + Excerpt.of(r.body()));
    }
    JsonNode answer = JSON.readTree(r.body());
    if (answer.path("timed_out").asBoolean()) {
      throw new SearchTimeoutException("the search for \"" + Excerpt.of(queryText) + "\" ran past its time limit of "
          + timeLimitNanos / 1_000_000 + " ms and was stopped; try again, or narrow it down");
    }
    long total = answer.path("hits").path("total").path("value").asLong();
    SearchResult.Facets facets = total == 0 ? SearchResult.Facets.empty() : new SearchResult.Facets(
        counts(answer, "outlet"), counts(answer, "language"), counts(answer, "entity"));
    List<SearchIndex.RawHit> hits = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      String title = hit.path("_source").path("headline").asText("");
      hits.add(new SearchIndex.RawHit(hit.path("_id").asText(), title, snippet(hit.path("highlight"),
          title), (float) hit.path("_score").asDouble()));
    }
    return new SearchIndex.Found(total, hits, facets);
  }

  private static void putQuery(ObjectNode query, String queryText) {
    if (queryText.isBlank()) {
      query.putObject("match_all");
      return;
    }
    ObjectNode qs = query.putObject("query_string");
    qs.put("query", SearchQueries.withOrdinaryCharacters(queryText));
    qs.put("default_operator", "AND");
    qs.put("auto_generate_synonyms_phrase_query", false);
    ArrayNode fields = qs.putArray("fields");
    for (String group : LanguageAnalyzers.GROUPS) {
      fields.add(LanguageAnalyzers.titleField(group) + "^2");
      fields.add(LanguageAnalyzers.bodyField(group));
    }
  }

  /** As the embedded index's: the matching articles' sequences after {@code afterSequence}, ascending. */
  long[] matchingSequences(String queryText, long afterSequence, int limit) throws IOException {
    validator.parse(queryText);
    refreshIfWritten();
    ObjectNode body = JSON.createObjectNode();
    body.put("size", limit);
    body.put("_source", false);
    body.putArray("sort").addObject().put("seq", "asc");
    ObjectNode bool = body.putObject("query").putObject("bool");
    putQuery(bool.putArray("must").addObject(), queryText);
    bool.putArray("filter").addObject().putObject("range").putObject("seq").put("gt", afterSequence);
    HttpResponse<String> r = send("POST", "/" + index + "/_search", body);
    if (r.statusCode() == 400) {
      throw new InvalidQueryException("cannot search for \"" + Excerpt.of(queryText) + "\": " + reason(r.body()));
    }
    if (r.statusCode() != 200) {
      throw new IOException("OpenSearch answered " + r.statusCode() + ": " + Excerpt.of(r.body()));
    }
    JsonNode hits = JSON.readTree(r.body()).path("hits").path("hits");
    long[] out = new long[hits.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = hits.get(i).path("sort").get(0).asLong();
    }
    return out;
  }

  private static List<SearchResult.Count> counts(JsonNode answer, String facet) {
    List<SearchResult.Count> out = new ArrayList<>();
    for (JsonNode bucket : answer.path("aggregations").path(facet).path("buckets")) {
      out.add(new SearchResult.Count(bucket.path("key").asText(), bucket.path("doc_count").asLong()));
    }
    return out;
  }

  /** As the embedded index: the first body or title passage with a match, else the body's opening, else the title. */
  private static Snippet snippet(JsonNode highlight, String title) {
    Snippet unmarked = null;
    for (String group : LanguageAnalyzers.GROUPS) {
      for (String field : List.of(LanguageAnalyzers.bodyField(group), LanguageAnalyzers.titleField(group))) {
        JsonNode fragments = highlight.path(field);
        if (!fragments.isArray() || fragments.isEmpty()) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        fragments.forEach(f -> parts.add(f.asText()));
        Snippet s = marked(String.join(Snippet.SEPARATOR, parts));
        if (!s.matches().isEmpty()) {
          return s;
        }
        if (unmarked == null && field.startsWith("body.") && !s.text().isEmpty()) {
          unmarked = s;
        }
      }
    }
    if (unmarked != null) {
      return unmarked;
    }
    return new Snippet(title.substring(0, Math.min(title.length(), SNIPPET_CHARS)), List.of());
  }

  /** Plain text and match offsets from a fragment whose matches are between {@link #PRE} and {@link #POST}. */
  static Snippet marked(String fragment) {
    StringBuilder text = new StringBuilder(fragment.length());
    List<Snippet.Match> matches = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == PRE.charAt(0)) {
        start = text.length();
      } else if (c == POST.charAt(0)) {
        if (start >= 0 && text.length() > start) {
          if (!matches.isEmpty() && matches.getLast().end() == start) {
            matches.set(matches.size() - 1, new Snippet.Match(matches.getLast().start(), text.length()));
          } else {
            matches.add(new Snippet.Match(start, text.length()));
          }
        }
        start = -1;
      } else {
        text.append(c);
      }
    }
    return new Snippet(text.toString(), matches);
  }

  private static String reason(String body) {
    try {
      JsonNode error = JSON.readTree(body).path("error");
      JsonNode root = error.path("root_cause").path(0);
      String reason = root.path("reason").asText(error.path("reason").asText("the query is malformed"));
      return Excerpt.of(reason);
    } catch (IOException e) {
      return "the query is malformed";
    }
  }

  /** Makes the documents this process indexed since the last refresh searchable; nothing to do when there are none. */
  void refreshIfWritten() throws IOException {
    if (dirty) {
      refresh();
    }
  }

  /** Makes every document indexed so far searchable. */
  void refresh() throws IOException {
    dirty = false;
    HttpResponse<String> r = send("POST", "/" + index + "/_refresh", null);
    if (r.statusCode() != 200) {
      dirty = true;
      throw new IOException("cannot refresh the search index " + index + ": " + r.statusCode());
    }
  }

  long count() throws IOException {
    refresh();
    HttpResponse<String> r = send("GET", "/" + index + "/_count", null);
    if (r.statusCode() != 200) {
      throw new IOException("cannot count the search index " + index + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body()).path("count").asLong();
  }

  /** Deletes the index and creates it empty. */
  void recreate(int shards, int replicas) throws IOException {
    HttpResponse<String> r = send("DELETE", "/" + index, null);
    if (r.statusCode() != 200 && r.statusCode() != 404) {
      throw new IOException("cannot delete the search index " + index + ": " + r.statusCode() + " " + r.body());
    }
    create(shards, replicas);
  }

  private static String docId(String articleId) {
    return URLEncoder.encode(articleId, StandardCharsets.UTF_8).replace("+", "%20");
  }


  private HttpResponse<String> send(String method, String path, @org.jspecify.annotations.Nullable JsonNode body)
      throws IOException {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
        .header("Content-Type", "application/json").method(method, publisher).build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while talking to OpenSearch at " + base, e);
    }
  }
}
