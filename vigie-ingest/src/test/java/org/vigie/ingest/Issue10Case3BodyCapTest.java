package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.model.Article;

/**
 * Issue 10, case 3: a 4 MB article was analysed whole (319 s) and its 61,000 quotes weighed on every later article of
 * its story. What one article may bring is bounded before analysis: a body over 100,000 characters is cut at the last
 * paragraph or sentence end before the limit, and the article's metadata says from how many characters.
 */
class Issue10Case3BodyCapTest {
  @Test
  void case3_hugeBodyIsCutAtASentenceEndAndSaysSo() {
    String sentence = "Le ministre a déclaré « nous tiendrons bon » devant les députés. ";
    String body = sentence.repeat(1_000_000 / sentence.length());
    IngestResult result = Inputs.read("big.json",
        "{\"id\": \"big\", \"title\": \"Un article immense\", \"text\": \"" + body + "\"}");
    Article article = result.articles().getFirst();
    assertThat(article.body().length()).isLessThanOrEqualTo(ArticleValidator.MAX_BODY_CHARS).isGreaterThan(90_000);
    assertThat(article.body()).endsWith("députés.");
    assertThat(article.metadata()).containsEntry("truncated_from_chars", (long) body.strip().length());
    assertThat(article.id()).isEqualTo("big");
  }

  @Test
  void case3_ordinaryBodyIsKeptWhole() {
    IngestResult result = Inputs.read("small.json", "{\"title\": \"Court\", \"text\": \"Un. Deux.\"}");
    assertThat(result.articles().getFirst().body()).isEqualTo("Un. Deux.");
    assertThat(result.articles().getFirst().metadata()).doesNotContainKey("truncated_from_chars");
  }
}
