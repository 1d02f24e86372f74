package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.ContentHash;

class PlainTextArticlesTest {
  @TempDir Path dir;

  @Test
  void titleLineThenBodyGiveTitleAndBody() {
    String text = "Le port de Sète rouvre\n\nLes ferries reprennent lundi.\n\nLa mairie se félicite.";
    Article article = only(Inputs.write(dir, "a.txt", text));
    assertThat(article.title()).isEqualTo("Le port de Sète rouvre");
    assertThat(article.body()).isEqualTo("Les ferries reprennent lundi.\n\nLa mairie se félicite.");
    assertThat(article.text()).isEqualTo(text);
    assertThat(article.published()).isNull();
  }

  @Test
  void datelineBecomesPublicationDate() {
    Article article =
        only(Inputs.write(dir, "a.txt", "Le port de Sète rouvre\n\n\n12 mars 2026\n\nLes ferries reprennent."));
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(article.body()).isEqualTo("Les ferries reprennent.");
  }

  @Test
  void englishDatelineWithWeekdayBecomesPublicationDate() {
    Article article =
        only(Inputs.write(dir, "a.txt", "Harbour reopens\n\nThursday, March 12, 2026\n\nFerries sail again."));
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(article.title()).isEqualTo("Harbour reopens");
    assertThat(article.body()).isEqualTo("Ferries sail again.");
  }

  @Test
  void datelineOpeningTheFirstParagraphDatesTheArticleAndLeavesTheText() {
    Article article = only(Inputs.write(dir, "a.txt",
        "Le port de Sète rouvre\n\nLes ferries ont repris, trois semaines après la grève.\n"
            + "12 mars 2026. - Le premier bateau est parti à l'aube.\nLa mairie se félicite."));
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(article.body()).isEqualTo("Les ferries ont repris, trois semaines après la grève.\n"
        + "Le premier bateau est parti à l'aube.\nLa mairie se félicite.");
  }

  @Test
  void datelineBeforeTheTitleIsReadToo() {
    Article article = only(Inputs.write(dir, "a.txt", "1er mars 2026\n\nLe port rouvre\n\nLes ferries reprennent."));
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(article.title()).isEqualTo("Le port rouvre");
  }

  @Test
  void titleRepeatedAsFirstParagraphIsKeptOnce() {
    String title = "Le port de Sète rouvre après trois semaines de grève.";
    String text = title + "\n\n06 mars 2026\n\n" + title + "\u00a0 \n\nLes ferries reprennent.";
    Article article = only(Inputs.write(dir, "a.txt", text));
    assertThat(article.title()).isEqualTo(title);
    assertThat(article.body()).isEqualTo("Les ferries reprennent.");
    assertThat(article.text().split(title, -1)).hasSize(2);
  }

  @Test
  void dateHeaderGivesPublicationDateAndFirstSentenceTitle() {
    Article article = only(Inputs.write(dir, "a.txt",
        "date 2026-03-10\nLe port de Sète a rouvert mardi. Les ferries reprennent.\n\n\n\nLa mairie se félicite."));
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(article.title()).isEqualTo("Le port de Sète a rouvert mardi.");
    assertThat(article.body()).isEqualTo("Les ferries reprennent.\n\nLa mairie se félicite.");
  }

  @Test
  void bodyMayStartOnTheDateHeaderLine() {
    Article article = only(Inputs.write(dir, "a.txt", "  date 2026-03-10 Le port a rouvert.\n\nSuite du texte."));
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(article.title()).isEqualTo("Le port a rouvert.");
    assertThat(article.body()).isEqualTo("Suite du texte.");
  }

  @Test
  void headerDateIsKeptEvenWhenTheTextSpeaksOfAnotherDay() {
    Article article = only(Inputs.write(dir, "a.txt", "date 2026-03-01 Le port a rouvert le 10 mars 2026."));
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 1));
  }

  @Test
  void scrapingArtefactsAreCleanedWithoutMergingParagraphs() {
    Article article = only(Inputs.write(dir, "a.txt",
        "Titre\r\n\r\n  Premier   paragraphe,\tsur\r\ndeux lignes.  \r\n\r\n\r\n\r\n\u00a0\r\n"
            + "Second\u00a0paragraphe."));
    assertThat(article.body()).isEqualTo("Premier paragraphe, sur\ndeux lignes.\n\nSecond paragraphe.");
  }

  @Test
  void oneLongParagraphGetsItsFirstSentenceAsTitle() {
    String text = "Le conseil municipal a voté le budget. " + "Les débats ont duré longtemps. ".repeat(10);
    Article article = only(Inputs.write(dir, "a.txt", text));
    assertThat(article.title()).isEqualTo("Le conseil municipal a voté le budget.");
    assertThat(article.body()).startsWith("Les débats");
  }

  @Test
  void idIsTheContentHash() {
    Article article = only(Inputs.write(dir, "a.txt", "Titre\n\nCorps."));
    assertThat(article.id()).isEqualTo(ContentHash.of("Titre", "Corps."));
    assertThat(article.source()).isEqualTo(dir.resolve("a.txt").toString());
  }

  @Test
  void defaultPublishedAppliesWhenTheTextHasNoDate() {
    Path file = Inputs.write(dir, "a.txt", "Titre\n\nCorps.");
    IngestOptions options = new IngestOptions(LocalDate.of(2026, 1, 2), IngestOptions.DEFAULT_MAX_ARTICLE_BYTES,
        IngestOptions.DEFAULT_HTTP_TIMEOUT);
    List<Article> articles = new Ingestor(options).read(List.of(file.toString())).articles();
    assertThat(articles).singleElement().extracting(Article::published).isEqualTo(LocalDate.of(2026, 1, 2));
  }

  @Test
  void latin1FileComesOutRight() {
    byte[] latin1 = "Été à Genève\n\nLe café était fermé.".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Inputs.write(dir, "latin1.txt", latin1);
    Article article = only(file);
    assertThat(article.title()).isEqualTo("Été à Genève");
    assertThat(article.body()).isEqualTo("Le café était fermé.");
  }

  private static Article only(Path file) {
    IngestResult result = Inputs.read(file);
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles()).hasSize(1);
    return result.articles().getFirst();
  }
}
