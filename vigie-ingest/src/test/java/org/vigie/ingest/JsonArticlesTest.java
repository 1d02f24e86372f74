package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.ContentHash;
import org.vigie.model.ItemError;

class JsonArticlesTest {
  @TempDir Path dir;

  @Test
  void objectGivesOneArticleWithEveryField() {
    Path file = Inputs.write(dir, "a.json", """
        {"id": "sete-1", "url": "https://example.org/sete", "outlet": "Le Journal du Port",
         "title": "Le port rouvre", "published": "2026-03-10T08:00:00+01:00", "language": "fr-FR",
         "text": "Les ferries   reprennent.\\n\\n\\n\\nLa mairie se félicite.", "author": "A. Martin",
         "tags": ["port", "grève"], "extra": {"words": 42, "paywall": false, "note": null}}
        """);
    IngestResult result = Inputs.read(file);
    assertThat(result.errors()).isEmpty();
    Article article = result.articles().getFirst();
    assertThat(article.id()).isEqualTo("sete-1");
    assertThat(article.source()).isEqualTo(file.toString());
    assertThat(article.url()).isEqualTo("https://example.org/sete");
    assertThat(article.outlet()).isEqualTo("Le Journal du Port");
    assertThat(article.title()).isEqualTo("Le port rouvre");
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(article.language()).isEqualTo("fr");
    assertThat(article.body()).isEqualTo("Les ferries reprennent.\n\nLa mairie se félicite.");
    assertThat(article.metadata()).containsOnlyKeys("author", "tags", "extra");
    assertThat(article.metadata().get("tags")).isEqualTo(List.of("port", "grève"));
    @SuppressWarnings("unchecked")
    Map<String, Object> extra = (Map<String, Object>) article.metadata().get("extra");
    assertThat(extra)
        .containsEntry("words", 42).containsEntry("paywall", false).containsEntry("note", null);
  }

  @Test
  void datelineScrapedAsTitleBecomesTheDateAndTheHeadlineLineTheTitle() {
    Article article = single("""
        {"title": "July 2, 2013 07: 44", "text": "Quake shakes the coast of Aceh\\nDozens were hurt. Roads are cut."}
        """);
    assertThat(article.published()).isEqualTo(LocalDate.of(2013, 7, 2));
    assertThat(article.title()).isEqualTo("Quake shakes the coast of Aceh");
    assertThat(article.body()).isEqualTo("Dozens were hurt. Roads are cut.");
  }

  @Test
  void datelineOpeningTheBodyIsTakenOutAndDatesAnUndatedArticle() {
    Article article = single("""
        {"title": "Le port rouvre", "text": "Mis à jour le 12 mars 2026 à 10h02\\nLes ferries reprennent."}
        """);
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(article.body()).isEqualTo("Les ferries reprennent.");
  }

  @Test
  void theSourcesOwnDateWinsOverADatelineInTheText() {
    Article article = single("""
        {"title": "Le port rouvre", "published": "2026-03-13", "text": "12 mars 2026\\nLes ferries reprennent."}
        """);
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 13));
    assertThat(article.body()).isEqualTo("Les ferries reprennent.");
  }

  @Test
  void aliasesStandInForMissingFields() {
    Article article = single("""
        {"source": "Radio Côte", "date": "12 mars 2026", "body": "Le port rouvre. Les ferries reprennent."}
        """);
    assertThat(article.outlet()).isEqualTo("Radio Côte");
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(article.title()).isEqualTo("Le port rouvre.");
    assertThat(article.body()).isEqualTo("Les ferries reprennent.");
    assertThat(article.id()).isEqualTo(ContentHash.of("Le port rouvre.", "Les ferries reprennent."));
  }

  @Test
  void sourceThatIsAPathStaysInMetadata() {
    Article article = single("{\"source\": \"scrapes/2026/port.html\", \"title\": \"T\", \"text\": \"Corps.\"}");
    assertThat(article.outlet()).isNull();
    assertThat(article.metadata()).containsEntry("source", "scrapes/2026/port.html");
  }

  @Test
  void unusedAliasIsKeptInMetadata() {
    Article article = single("""
        {"published": "2026-03-02", "date": "2026-03-01", "title": "T", "text": "Corps.", "body": {"x": 1}}
        """);
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(article.metadata()).containsEntry("date", "2026-03-01").containsEntry("body", Map.of("x", 1));
  }

  @Test
  void numericIdBecomesItsDigits() {
    assertThat(single("{\"id\": 1234, \"title\": \"T\", \"text\": \"Corps.\"}").id()).isEqualTo("1234");
  }

  @Test
  void languageThatIsNotATagIsKeptInMetadata() {
    Article article = single("{\"language\": \"Français\", \"title\": \"T\", \"text\": \"Corps.\"}");
    assertThat(article.language()).isNull();
    assertThat(article.metadata()).containsEntry("language", "Français");
  }

  @Test
  void arrayElementsAreNamedByIndex() {
    Path file = Inputs.write(dir, "all.json", """
        [{"title": "Un", "text": "Premier."}, "pas un objet", {"title": "Trois", "text": "Troisième."}]
        """);
    IngestResult result = Inputs.read(file);
    assertThat(result.articles()).extracting(Article::source).containsExactly(file + "[0]", file + "[2]");
    assertThat(result.errors()).containsExactly(new ItemError(file + "[1]", "not a JSON object"));
  }

  @Test
  void jsonLinesAreNamedByLineAndBlankLinesIgnored() {
    Path file = Inputs.write(dir, "feed.jsonl", """
        {"title": "Un", "text": "Premier."}

        {"title": "Deux", "text": "Second."}\r
        """);
    IngestResult result = Inputs.read(file);
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles()).extracting(Article::source).containsExactly(file + ":1", file + ":3");
  }

  @Test
  void malformedJsonLineIsAnErrorNamingTheLineAndTheOtherLinesStillCome() {
    Path file = Inputs.write(dir, "feed.jsonl", """
        {"title": "Un", "text": "Premier."}
        {"title": "Deux", "text": oops}
        [1, 2]
        {"title": "Quatre", "text": "Quatrième."}
        """);
    IngestResult result = Inputs.read(file);
    assertThat(result.articles()).extracting(Article::title).containsExactly("Un", "Quatre");
    assertThat(result.errors()).hasSize(2);
    assertThat(result.errors().get(0).source()).isEqualTo(file + ":2");
    assertThat(result.errors().get(0).message()).startsWith("malformed JSON (").contains("oops");
    assertThat(result.errors().get(1)).isEqualTo(new ItemError(file + ":3", "not a JSON object"));
  }

  @Test
  void recordWithNeitherTitleNorTextIsAnError() {
    Path file = Inputs.write(dir, "feed.jsonl", """
        {"outlet": "Nord Matin"}
        {"title": "  ", "text": "  \\n "}
        """);
    IngestResult result = Inputs.read(file);
    assertThat(result.articles()).isEmpty();
    assertThat(result.errors()).containsExactly(
        new ItemError(file + ":1", "no \"title\", \"text\" or \"body\" field"),
        new ItemError(file + ":2", "no title and no article text"));
  }

  @Test
  void aHeadlineAloneIsAnArticle() {
    Path file = Inputs.write(dir, "headlines.jsonl", """
        {"id": "h1", "title": "Grève des contrôleurs : trafic perturbé lundi"}
        {"id": "h2", "title": "Le port rouvre après la tempête", "text": ""}
        """);
    IngestResult result = Inputs.read(file);
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles()).extracting(Article::title, Article::body).containsExactly(
        tuple("Grève des contrôleurs : trafic perturbé lundi", ""), tuple("Le port rouvre après la tempête", ""));
  }

  @Test
  void jsonThatIsNotAnObjectOrArrayIsAnError() {
    Path file = Inputs.write(dir, "a.json", "\"juste une chaîne\"");
    assertThat(Inputs.read(file).errors())
        .containsExactly(new ItemError(file.toString(), "JSON is not an object or an array of objects"));
  }

  @Test
  void malformedJsonDocumentIsAnErrorNamingTheFile() {
    Path file = Inputs.write(dir, "a.json", "{\"title\": \"T\", \"text\": }");
    IngestResult result = Inputs.read(file);
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo(file.toString());
      assertThat(error.message()).startsWith("malformed JSON (");
    });
  }

  @Test
  void emptyArrayYieldsAnError() {
    Path file = Inputs.write(dir, "a.json", "[]");
    assertThat(Inputs.read(file).errors()).containsExactly(new ItemError(file.toString(), "no articles found"));
  }

  @Test
  void lineLargerThanTheLimitIsAnErrorAndTheOthersStillCome() {
    Path file = Inputs.write(dir, "feed.jsonl",
        "{\"title\": \"Long\", \"text\": \"" + "x".repeat(2000) + "\"}\n{\"title\": \"Court\", \"text\": \"Bref.\"}\n");
    IngestOptions options = new IngestOptions(null, 1000, IngestOptions.DEFAULT_HTTP_TIMEOUT);
    IngestResult result = new Ingestor(options).read(List.of(file.toString()));
    assertThat(result.articles()).extracting(Article::title).containsExactly("Court");
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo(file + ":1");
      assertThat(error.message()).startsWith("line too large (");
    });
  }

  @Test
  void bigJsonLinesFileIsStreamedPastTheSingleArticleLimit() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      lines.append("{\"id\": \"n").append(i).append("\", \"title\": \"Titre ").append(i)
          .append("\", \"text\": \"Texte numéro ").append(i).append(".\"}\n");
    }
    Path file = Inputs.write(dir, "many.ndjson", lines.toString());
    IngestOptions options = new IngestOptions(null, 4096, IngestOptions.DEFAULT_HTTP_TIMEOUT);
    IngestResult result = new Ingestor(options).read(List.of(file.toString()));
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles()).hasSize(2000);
    assertThat(result.articles().getLast().source()).isEqualTo(file + ":2000");
  }

  @Test
  void latin1JsonLinesAreDecodedLineByLine() {
    byte[] bytes = "{\"title\": \"Été\", \"text\": \"Café.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Inputs.write(dir, "latin1.jsonl", bytes);
    assertThat(Inputs.read(file).articles()).singleElement().extracting(Article::title).isEqualTo("Été");
  }

  private Article single(String json) {
    IngestResult result = Inputs.read(Inputs.write(dir, "one.json", json));
    assertThat(result.errors()).isEmpty();
    return result.articles().getFirst();
  }
}
