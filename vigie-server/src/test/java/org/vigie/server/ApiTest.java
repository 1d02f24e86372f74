package org.vigie.server;

import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.app.fixtures.Corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.server.ServerFixture.enc;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.Vigie;
import org.vigie.server.ServerFixture.Reply;

/** Every endpoint of the JSON API against a real server and store, with a hand-made pipeline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
  @AutoClose ServerFixture server;
  JsonNode posted;

  @BeforeAll
  void start(@TempDir Path dir) {
    server = new ServerFixture(open(dir));
    Reply reply = server.post("/api/articles", Corpus.ARTICLES);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    posted = reply.json();
  }

  /** The application under test, over the embedded store; {@link ApiOnServerEnginesIT} gives the server one. */
  Vigie open(Path dir) {
    return Vigie.open(dir.resolve("data"), HandmadePipeline::create, 2);
  }

  @Test
  void post_storesEveryArticle_andReportsNoError() {
    assertThat(texts(posted.path("ids"))).containsExactlyInAnyOrder("greve-1", "greve-2", "peche-1");
    assertThat(posted.path("duplicates")).isEmpty();
    assertThat(posted.path("errors")).isEmpty();
  }

  @Test
  void post_sameArticlesAgain_isANoOpReportedAsDuplicates() {
    long before = server.get("/api/health").json().path("articles").asLong();
    Reply again = server.post("/api/articles", Corpus.ARTICLES);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().path("ids")).isEmpty();
    assertThat(again.json().path("duplicates")).hasSize(3);
    assertThat(server.get("/api/health").json().path("articles").asLong()).isEqualTo(before);
  }

  @Test
  void post_oneObject_isAccepted_andItemErrorsAreListed() {
    Reply one = server.post("/api/articles", """
        {"id": "solo", "outlet": "Nord Matin", "published": "2026-01-05", "title": "Tempête sur la côte",
         "text": "Une tempête a frappé la côte dans la nuit, privant d'électricité plusieurs communes."}
        """);
    assertThat(one.status()).isEqualTo(201);
    assertThat(texts(one.json().path("ids"))).containsExactly("solo");
    Reply bad = server.post("/api/articles", "[{\"id\": \"empty\", \"title\": \"\", \"text\": \"\"}]");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("error").path("items")).isNotEmpty();
  }

  @Test
  void concurrentPostsAndReads_allSucceed() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<Reply>> posts = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String body = "{\"id\": \"conc-" + i + "\", \"outlet\": \"Agence " + i + "\", \"published\": \"2025-01-0"
            + (i + 1) + "\", \"title\": \"Sujet numéro " + i + " sur la voirie\", \"text\": \"Texte " + i
            + " : la commune refait la chaussée du quartier " + i + ".\"}";
        posts.add(pool.submit(() -> server.post("/api/articles", body)));
        posts.add(pool.submit(() -> server.get("/api/search?q=chaussee")));
      }
      for (var future : posts) {
        assertThat(future.get().status()).isIn(200, 201);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.get("/api/search?q=chaussee&limit=0").json().path("total").asLong()).isEqualTo(6);
  }

  @Test
  void health_countsArticlesAndStories() {
    Reply health = server.get("/api/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.type()).startsWith("application/json");
    assertThat(health.json().path("status").asText()).isEqualTo("ok");
    assertThat(health.json().path("articles").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(health.json().path("stories").asLong()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void stories_groupTheStrike_andFilter() {
    JsonNode stories = server.get("/api/stories").json().path("stories");
    JsonNode strike = storyOf(stories, "greve-1");
    assertThat(texts(strike.path("articles"))).containsExactlyInAnyOrder("greve-1", "greve-2");
    assertThat(strike.path("size").asInt()).isEqualTo(2);
    assertThat(strike.path("first").asText()).isEqualTo("2026-03-03");
    assertThat(strike.path("last").asText()).isEqualTo("2026-03-04");
    assertThat(strike.path("title").asText()).isNotBlank();

    JsonNode byOutlet = server.get("/api/stories?outlet=" + enc("Nord Matin")).json().path("stories");
    assertThat(byOutlet).allSatisfy(s -> assertThat(texts(s.path("articles"))).doesNotContain("greve-1"));
    JsonNode since = server.get("/api/stories?since=2026-03-01&until=2026-03-31").json().path("stories");
    assertThat(since).hasSize(1);
    JsonNode byEntity = server.get("/api/stories?entity=montval").json().path("stories");
    assertThat(byEntity).hasSize(1);
    assertThat(server.get("/api/stories?language=en").json().path("stories")).isEmpty();
  }

  @Test
  void story_isTheDossier_withQuotesBySpeaker() {
    String id = storyOf(server.get("/api/stories").json().path("stories"), "greve-1").path("id").asText();
    Reply dossier = server.get("/api/stories/" + enc(id));
    assertThat(dossier.status()).isEqualTo(200);
    JsonNode d = dossier.json();
    assertThat(d.path("story").asText()).isEqualTo(id);
    assertThat(d.path("articles")).hasSize(2);
    assertThat(d.path("quotes").toString()).contains("Claire Montval").contains("nous tiendrons");
    assertThat(d.has("timeline")).isTrue();
    assertThat(d.has("divergences")).isTrue();
  }

  /** The feed of story changes, on both stores: the story written last comes first, and no entry is newer. */
  @Test
  void storiesAtom_putsTheStoryWrittenLastFirst() throws Exception {
    Reply posted = server.post("/api/articles", """
        {"id": "barrage-1", "outlet": "Nord Matin", "published": "2025-11-20", "language": "fr",
         "title": "Le barrage de Vernelle rouvert aux promeneurs",
         "text": "Le barrage de Vernelle a rouvert aux promeneurs samedi après deux ans de travaux sur ses vannes."}
        """);
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
    String storyId = server.get("/api/articles/barrage-1").json().path("story").asText();
    Reply atom = server.get("/stories.atom");
    assertThat(atom.status()).as(atom.body()).isEqualTo(200);
    var feed = new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(atom.body()));
    long stories = server.get("/api/health").json().path("stories").asLong();
    assertThat(feed.getEntries()).hasSize((int) Math.min(stories, 50));
    assertThat(feed.getEntries().getFirst().getLink()).endsWith("/stories/" + enc(storyId));
    for (int i = 1; i < feed.getEntries().size(); i++) {
      assertThat(feed.getEntries().get(i).getUpdatedDate())
          .isBeforeOrEqualTo(feed.getEntries().get(i - 1).getUpdatedDate());
    }
  }

  @Test
  void article_isTheAnalyzeContract_withItsStory() {
    Reply article = server.get("/api/articles/greve-1");
    assertThat(article.status()).isEqualTo(200);
    JsonNode a = article.json();
    assertThat(a.path("id").asText()).isEqualTo("greve-1");
    assertThat(a.path("outlet").asText()).isEqualTo("Le Quotidien de la Plaine");
    assertThat(a.path("entities").toString()).contains("Claire Montval");
    assertThat(a.path("story").asText()).isNotBlank();
  }

  @Test
  void search_findsWithHighlights_andFacets() {
    Reply reply = server.get("/api/search?q=" + enc("cheminots") + "&limit=10");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode r = reply.json();
    assertThat(r.path("total").asLong()).isEqualTo(2);
    assertThat(r.path("hits")).hasSize(2);
    JsonNode hit = r.path("hits").get(0);
    assertThat(hit.path("snippet").asText()).contains("<mark>");
    assertThat(hit.path("story").asText()).isNotBlank();
    assertThat(hit.path("article").asText()).startsWith("greve-");
    assertThat(r.path("facets").path("outlets").toString()).contains("Le Quotidien de la Plaine");
    assertThat(server.get("/api/search?q=cheminots&limit=0").json().path("hits")).isEmpty();
  }

  @Test
  void search_snippetOfAScriptIsEscaped() {
    JsonNode hit = server.get("/api/search?q=pecheurs").json().path("hits").get(0);
    assertThat(hit.path("snippet").asText()).doesNotContain("<script>");
  }

  @Test
  void entities_andProfile() {
    JsonNode entities = server.get("/api/entities?q=montval").json().path("entities");
    assertThat(entities).hasSize(1);
    JsonNode claire = entities.get(0);
    assertThat(claire.path("name").asText()).isEqualTo("Claire Montval");
    assertThat(claire.path("type").asText()).isEqualTo("PERSON");
    assertThat(claire.path("articles").asInt()).isEqualTo(2);
    assertThat(claire.path("quotes").asInt()).isEqualTo(2);
    assertThat(texts(claire.path("roles"))).contains("porte-parole");

    Reply profile = server.get("/api/entities/" + enc(claire.path("id").asText()));
    assertThat(profile.status()).isEqualTo(200);
    JsonNode p = profile.json();
    assertThat(p.path("entity").path("name").asText()).isEqualTo("Claire Montval");
    assertThat(p.path("roles")).isNotEmpty();
    assertThat(p.path("quotes")).hasSize(2);
    assertThat(p.path("stories")).hasSize(1);
  }

  @Test
  void quotes_bySpeakerTextAndDate() {
    JsonNode quotes = server.get("/api/quotes?speaker=montval").json().path("quotes");
    assertThat(quotes).hasSize(2);
    JsonNode q = quotes.get(0);
    assertThat(q.path("speaker").path("name").asText()).isEqualTo("Claire Montval");
    assertThat(q.path("text").asText()).containsIgnoringCase("nous tiendrons");
    assertThat(q.path("article").asText()).startsWith("greve-");
    assertThat(q.path("story").asText()).isNotBlank();
    assertThat(q.path("published").asText()).startsWith("2026-03-0");
    assertThat(server.get("/api/quotes?q=retrait&since=2026-03-04").json().path("quotes")).hasSize(1);
  }

  @Test
  void badParameters_are400WithTheReason() {
    for (String path : List.of("/api/stories?since=yesterday", "/api/stories?until=2026-13-01",
        "/api/search?q=x&limit=5000", "/api/search?q=x&limit=-1", "/api/search?limit=ten",
        "/api/quotes?since=03/04/2026", "/api/stories?limit=0")) {
      Reply reply = server.get(path);
      assertThat(reply.status()).as(path).isEqualTo(400);
      assertError(reply, 400);
    }
    assertThat(server.get("/api/stories?since=yesterday").json().path("error").path("message").asText())
        .contains("since").contains("YYYY-MM-DD");
  }

  @Test
  void malformedJson_is400() {
    assertError(server.post("/api/articles", "{\"id\": \"x\", "), 400);
    assertError(server.post("/api/articles", "42"), 400);
    assertError(server.post("/api/articles", "[]"), 400);
  }

  @Test
  void aForeignHostHeader_is403() throws Exception {
    // java.net.http refuses to set Host; speak HTTP/1.1 by hand
    try (var socket = new java.net.Socket("127.0.0.1", server.server.port())) {
      socket.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: rebind.example:7070\r\n"
          + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 403").contains("\"status\":403");
    }
  }

  @Test
  void postOfAnythingButJson_is415() {
    assertError(server.send(HttpRequest.newBuilder(server.base.resolve("/api/articles"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(Corpus.ARTICLES)).build()),
        415);
  }

  @Test
  void tooLargeBody_is413() {
    byte[] big = new byte[VigieServer.MAX_BODY_BYTES + 1024];
    Arrays.fill(big, (byte) ' ');
    big[0] = '[';
    big[big.length - 1] = ']';
    // A client announcing a large body waits for the go-ahead (Expect: 100-continue), as curl does past 1 MB: the
    // server answers 413 before any of it is sent. Without it the answer races the upload, and a client still
    // sending when the server closes the connection sees no reply at all.
    assertError(server.send(HttpRequest.newBuilder(server.base.resolve("/api/articles")).expectContinue(true)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(big)).build()), 413);
  }

  @Test
  void unknownIdsAndRoutes_are404() {
    assertError(server.get("/api/stories/no-such-story"), 404);
    assertError(server.get("/api/articles/no-such-article"), 404);
    assertError(server.get("/api/entities/person-nobody"), 404);
    assertError(server.get("/api/no-such-route"), 404);
    assertThat(server.get("/no/such/page").status()).isEqualTo(404);
    Reply hostile = server.get("/stories/" + enc("<script>alert(1)</script>"));
    assertThat(hostile.status()).isEqualTo(404);
    assertThat(hostile.type()).startsWith("text/html");
    assertThat(hostile.body()).contains("&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void openApi_describesEveryRoute() {
    Reply doc = server.get("/api/openapi.json");
    assertThat(doc.status()).isEqualTo(200);
    JsonNode paths = doc.json().path("paths");
    assertThat(doc.json().path("openapi").asText()).startsWith("3.");
    for (String route : List.of("/api/health", "/api/stories", "/api/stories/{id}", "/api/articles",
        "/api/articles/{id}", "/api/search", "/api/entities", "/api/entities/{id}", "/api/quotes",
        "/api/search/count-over-time", "/api/entities/{id}/count-over-time", "/api/export", "/api/sources")) {
      assertThat(paths.has(route)).as(route).isTrue();
    }
    List<String> refs = new ArrayList<>();
    doc.json().findValues("$ref").forEach(ref -> refs.add(ref.asText()));
    assertThat(refs).isNotEmpty().allSatisfy(ref -> {
      assertThat(ref).startsWith("#/components/schemas/");
      assertThat(doc.json().path("components").path("schemas").has(ref.substring("#/components/schemas/".length())))
          .as(ref).isTrue();
    });
  }

  @Test
  void pages_renderAndEscapeArticleText() {
    Reply home = server.get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.type()).startsWith("text/html");
    assertThat(home.body()).contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;")
        .doesNotContain("<script>");
    String strike = storyOf(server.get("/api/stories").json().path("stories"), "greve-1").path("id").asText();
    Reply story = server.get("/stories/" + enc(strike));
    assertThat(story.status()).isEqualTo(200);
    assertThat(story.body()).contains("<svg").contains("Claire Montval").contains("Le Quotidien de la Plaine")
        .contains("href=\"/entities/person-");
    String hostile = storyOf(server.get("/api/stories").json().path("stories"), "peche-1").path("id").asText();
    assertThat(server.get("/stories/" + enc(hostile)).body()).doesNotContain("<script>");
    Reply search = server.get("/search?q=" + enc("pêcheurs"));
    assertThat(search.body()).contains("<mark>").doesNotContain("<script>");
    String entity = server.get("/api/entities?q=montval").json().path("entities").get(0).path("id").asText();
    assertThat(server.get("/entities/" + enc(entity)).body()).contains("Claire Montval");
    assertThat(server.get("/static/vigie.css").type()).startsWith("text/css");
  }

  private static void assertError(Reply reply, int status) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.type()).startsWith("application/json");
    JsonNode error = reply.json().path("error");
    assertThat(error.path("status").asInt()).isEqualTo(status);
    assertThat(error.path("message").asText()).isNotBlank();
  }

  static JsonNode storyOf(JsonNode stories, String articleId) {
    for (JsonNode story : stories) {
      if (texts(story.path("articles")).contains(articleId)) {
        return story;
      }
    }
    throw new AssertionError("no story holds " + articleId + " in " + stories);
  }

  static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
