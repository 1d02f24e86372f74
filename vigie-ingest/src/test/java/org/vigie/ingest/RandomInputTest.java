package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;

/** Whatever a user feeds in, reading never throws and always reports something. */
class RandomInputTest {
  private static final List<String> NAMES = List.of(
      "post", "post.txt", "post.json", "post.jsonl", "post.html", "post.xml", "post.rss", "post.atom", "post.png");
  private static final List<String> FRAGMENTS = List.of(
      "Le port rouvre. ", "Harbour reopens! ", "\n", "\n\n\n", "\r\n", "\t", "\u00a0", "date 2026-02-04 ",
      "6 février 2026\n", "1er mars 2026", "February 6, 2026\n", "M. ", "« ", " »", "\"", "é", "€", "\ufeff", "\0",
      "{", "}", "[", "]", "{\"title\": \"T\", \"text\": \"x\"}\n", "{\"text\": ", "\"id\": 1,", "null", ":", ",",
      "<", ">", "<html>", "<p>", "</p>", "<br>", "<script>alert(1)</script>", "<h1>Titre</h1>", "&lt;script&gt;",
      "<?xml version=\"1.0\"?>", "<rss version=\"2.0\"><channel>", "<item><title>I</title>", "<description>",
      "</description></item>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "<entry>", "<!DOCTYPE html>",
      "<!--", "-->", "<![CDATA[", "]]>", "<meta charset=\"koi8-r\">", "<div>".repeat(300), "\uD83D\uDE00", "\uD800");
  private static final List<String> CONTENT_TYPES = List.of(
      "", "text/plain", "text/html; charset=utf-8", "application/json", "application/x-ndjson", "application/rss+xml",
      "image/png", "text/html; charset=bogus");

  @Test
  void randomBytesNeverThrow() {
    Random random = new Random(20260206);
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(4096)];
      random.nextBytes(bytes);
      check(NAMES.get(random.nextInt(NAMES.size())), bytes, null, i);
    }
  }

  @Test
  void randomMixturesOfTextHtmlAndJsonNeverThrow() {
    Random random = new Random(20260204);
    Ingestor ingestor = new Ingestor(IngestOptions.defaults());
    for (int i = 0; i < 1000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int p = 0; p < pieces; p++) {
        text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      }
      String contentType = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
      Charset charset = random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
      byte[] bytes = text.toString().getBytes(charset);
      check(NAMES.get(random.nextInt(NAMES.size())), bytes, contentType.isEmpty() ? null : contentType, i);
    }
  }

  private static void check(String name, byte[] bytes, String contentType, int iteration) {
    IngestResult[] result = new IngestResult[1];
    assertThatCode(() -> result[0] = new Ingestor(IngestOptions.defaults()).read(name, bytes, contentType))
        .as("iteration %d", iteration)
        .doesNotThrowAnyException();
    IngestResult read = result[0];
    assertThat(read.articles().size() + read.duplicates().size() + read.errors().size())
        .as("iteration %d reports something", iteration)
        .isPositive();
    for (Article article : read.articles()) {
      assertThat(article.title()).doesNotContain("\n");
      assertThat(article.body()).doesNotContain("\n\n\n").isEqualTo(article.body().strip());
      assertThat(article.source()).startsWith(name);
    }
  }
}
