package org.vigie.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.fixtures.Corpus;
import org.vigie.app.fixtures.GeneratedArticles;
import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.server.ServerFixture.Reply;

/**
 * Issue 15 over HTTP: exports, counts over time, the paged article list and their agreement, the source ledger,
 * JSON-LD and the Atom feed, against a real server and store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystEndpointsTest {
  @AutoClose ServerFixture server;
  Path dir;

  @BeforeAll
  void start(@TempDir Path dir) {
    this.dir = dir;
    server = new ServerFixture(dir.resolve("data"), HandmadePipeline::create);
    assertThat(server.post("/api/articles", Corpus.ARTICLES).status()).isEqualTo(201);
    Reply generated = server.post("/api/articles", GeneratedArticles.json(GeneratedArticles.COUNT));
    assertThat(generated.status()).as(generated.body()).isEqualTo(201);
  }

  /** The count endpoint, the paged list and every export format give one number for one query. */
  @Test
  void countListAndExport_agree() throws Exception {
    for (String filter : List.of("", "q=" + ServerFixture.enc("grève"), "q=" + ServerFixture.enc("Rubio"),
        "outlet=" + ServerFixture.enc("Agence 2") + "&since=2026-01-10", "q=cheminots&language=fr",
        "q=" + ServerFixture.enc("\"dossier des écluses\"") + "&until=2026-01-05")) {
      long total = server.get("/api/search/count-over-time?" + filter).json().path("total").asLong();

      long listed = 0;
      String after = "0";
      while (after != null) {
        JsonNode page = server.get("/api/articles?limit=37&after=" + after + "&" + filter).json();
        listed += page.path("articles").size();
        after = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asText();
      }

      String jsonl = server.get("/api/export?what=articles&format=jsonl&" + filter).body();
      long jsonlRows = jsonl.lines().filter(l -> !l.isBlank()).count();
      long csvRows;
      try (CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(server.get("/api/export?what=articles&format=csv&" + filter).body()))) {
        csvRows = csv.getRecords().size();
      }
      long parquetRows = parquetRows("/api/export?what=articles&format=parquet&" + filter);

      assertThat(List.of(listed, jsonlRows, csvRows, parquetRows)).as("filter %s", filter)
          .containsOnly(total);
      if (filter.isEmpty()) {
        assertThat(total).isEqualTo(GeneratedArticles.COUNT + 3);
      }
    }
  }

  @Test
  void export_isAnAttachmentOfItsType_andBadParametersAreJsonErrors() throws Exception {
    HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.base.resolve("/api/export?what=mentions&format=csv")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"vigie-mentions.csv\"");
    // Over the server's buffer, the answer is sent as it is written (chunked), its length unknown in advance.
    assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).lines().count())
        .isEqualTo(1 + 2 + GeneratedArticles.COUNT + GeneratedArticles.count(GeneratedArticles::namesRubio));
    assertThat(r.body().length).isGreaterThan(48 * 1024); // Jetty buffers 32 KiB
    assertThat(r.headers().firstValue("Content-Length")).isEmpty();
    for (String bad : List.of("/api/export?what=tweets", "/api/export?what=articles&format=xlsx",
        "/api/export?format=csv", "/api/export?what=articles&q=" + ServerFixture.enc("(open"),
        "/api/export?what=articles&since=yesterday", "/api/export?what=articles&since=2026-02-01&until=2026-01-01",
        "/api/search/count-over-time?interval=fortnight", "/api/articles?limit=0")) {
      Reply reply = server.get(bad);
      assertThat(reply.status()).as(bad).isEqualTo(400);
      assertThat(reply.json().path("error").path("status").asInt()).as(bad).isEqualTo(400);
      assertThat(reply.json().path("error").path("message").asText()).as(bad).isNotBlank();
    }
    assertThat(server.get("/api/entities/person-nobody/count-over-time").status()).isEqualTo(404);
  }

  @Test
  void countOverTime_givesCountsTotalsAndRatios_perDayAndWeek() {
    JsonNode strike = server.get("/api/search/count-over-time?q=cheminots&interval=day").json();
    assertThat(strike.path("total").asLong()).isEqualTo(2);
    assertThat(strike.path("interval").asText()).isEqualTo("day");
    List<String> dates = new ArrayList<>();
    strike.path("counts").forEach(c -> dates.add(c.path("date").asText()));
    assertThat(dates).containsExactly("2026-03-03", "2026-03-04");
    strike.path("counts").forEach(c -> {
      assertThat(c.path("count").asLong()).isEqualTo(1);
      assertThat(c.path("total_count").asLong()).isEqualTo(1);
      assertThat(c.path("ratio").asDouble()).isEqualTo(1.0);
    });
    JsonNode rubio = server.get("/api/search/count-over-time?q=Rubio&interval=week").json();
    long sum = 0;
    for (JsonNode c : rubio.path("counts")) {
      sum += c.path("count").asLong();
      assertThat(c.path("ratio").asDouble()).isBetween(0.0, 1.0);
      assertThat(java.time.LocalDate.parse(c.path("date").asText()).getDayOfWeek())
          .isEqualTo(java.time.DayOfWeek.MONDAY);
    }
    assertThat(sum).isEqualTo(GeneratedArticles.count(GeneratedArticles::namesRubio));
    JsonNode entity = server.get("/api/entities/person-marco-rubio/count-over-time").json();
    assertThat(entity.path("total").asLong()).isEqualTo(GeneratedArticles.count(GeneratedArticles::namesRubio));
  }

  @Test
  void sources_listEveryOutlet_withItsLedger() {
    server.post("/api/articles", Corpus.ARTICLES); // three duplicates
    JsonNode sources = server.get("/api/sources").json().path("sources");
    JsonNode plaine = null;
    long articles = 0;
    for (JsonNode s : sources) {
      articles += s.path("articles").asLong();
      if (s.path("outlet").asText().equals("Le Quotidien de la Plaine")) {
        plaine = s;
      }
    }
    assertThat(articles).isEqualTo(GeneratedArticles.COUNT + 3);
    assertThat(plaine).isNotNull();
    assertThat(plaine.path("duplicates").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(plaine.path("days").get(0).path("day").asText()).isEqualTo("2026-03-03");
    Reply page = server.get("/sources");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Agence 3").contains("Le Quotidien de la Plaine");
  }

  private static final Pattern LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>",
      Pattern.DOTALL);

  @Test
  void articleAndStoryPages_carryJsonLd_thatArticleTextCannotBreakOutOf() {
    Reply hostile = server.get("/articles/peche-1");
    assertThat(hostile.status()).isEqualTo(200);
    Matcher m = LD.matcher(hostile.body());
    assertThat(m.find()).isTrue();
    String block = m.group(1);
    assertThat(block).doesNotContain("<").doesNotContain(">");
    // The only </script> closers on the page are that block's own: the title's did not become markup.
    assertThat(hostile.body().split("</script>", -1)).hasSize(2);
    JsonNode ld = ServerFixture.JSON.valueToTree(parse(block));
    assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.path("headline").asText()).isEqualTo(Corpus.SCRIPT_TITLE);
    assertThat(ld.path("publisher").path("name").asText()).isEqualTo("Nord Matin");
    assertThat(ld.path("dateline").asText()).isEqualTo("2026-02-10");

    JsonNode strike = parse(matchFirst(server.get("/articles/greve-1").body()));
    JsonNode quotation = strike.path("citation").get(0);
    assertThat(quotation.path("@type").asText()).isEqualTo("Quotation");
    assertThat(quotation.path("creator").path("@type").asText()).isEqualTo("Person");
    assertThat(quotation.path("creator").path("name").asText()).isEqualTo("Claire Montval");

    String storyId = server.get("/api/articles/greve-1").json().path("story").asText();
    JsonNode story = parse(matchFirst(server.get("/stories/" + ServerFixture.enc(storyId)).body()));
    assertThat(story.path("hasPart").size()).isEqualTo(2);
    assertThat(story.path("citation").get(0).path("creator").path("name").asText()).isEqualTo("Claire Montval");
  }

  @Test
  void storiesAtom_isAValidFeed_readBackByRome() throws Exception {
    Reply atom = server.get("/stories.atom");
    assertThat(atom.status()).isEqualTo(200);
    assertThat(atom.type()).startsWith("application/atom+xml");
    SyndFeed feed = new SyndFeedInput().build(new StringReader(atom.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    long stories = server.get("/api/health").json().path("stories").asLong();
    assertThat(feed.getEntries()).hasSize((int) Math.min(stories, AtomFeed.ENTRIES));
    assertThat(feed.getEntries()).allSatisfy(e -> assertThat(e.getTitle()).isNotBlank());
    for (SyndEntry entry : feed.getEntries()) {
      assertThat(entry.getUpdatedDate()).isNotNull();
      assertThat(entry.getLink()).startsWith(server.base.toString().replaceAll("/$", "") + "/stories/");
      assertThat(server.get(entry.getLink().substring(server.base.toString().length() - 1)).status())
          .isEqualTo(200);
    }
    for (int i = 1; i < feed.getEntries().size(); i++) {
      assertThat(feed.getEntries().get(i).getUpdatedDate())
          .isBeforeOrEqualTo(feed.getEntries().get(i - 1).getUpdatedDate());
    }
  }

  private static String matchFirst(String body) {
    Matcher m = LD.matcher(body);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static JsonNode parse(String json) {
    try {
      return ServerFixture.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private long parquetRows(String pathAndQuery) throws Exception {
    HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(server.base.resolve(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    Path file = Files.createTempFile(dir, "export", ".parquet");
    Files.write(file, r.body());
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + file + "')")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
