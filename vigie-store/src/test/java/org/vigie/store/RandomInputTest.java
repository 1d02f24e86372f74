package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.AnalyzedArticle;

/** Nothing a user types or an article contains may break a search, a snippet or a round trip. */
class RandomInputTest {
  private static final String ALPHABET =
      "abcdeéèêàçôùïœ ABCÉ0123456789 \"()[]{}:^~*?\\/+-!&|<>'`;,.\t\n\u00a0\u200b\u0301😀שלוםمرحبا";

  @TempDir Path dir;

  @Test
  void randomQueries_answerOrSayWhatIsWrong() {
    Random random = new Random(7);
    try (Store store = Store.openEmbedded(dir)) {
      store.put(Articles.genevaFr(), null);
      store.put(Articles.scriptEn(), null);
      for (int i = 0; i < 1_000; i++) {
        String query = randomText(random, 1 + random.nextInt(20));
        SearchResult result;
        try {
          result = store.search(query, 5);
        } catch (InvalidQueryException e) {
          assertThat(e.getMessage()).as(query).startsWith("cannot search for");
          continue;
        }
        assertThat(result.total()).as(query).isBetween(0L, 2L);
        for (SearchResult.Hit hit : result.hits()) {
          assertInert(hit.snippet());
        }
      }
    }
  }

  @Test
  void randomArticles_roundTripAndHighlightSafely() {
    Random random = new Random(11);
    try (Store store = Store.openEmbedded(dir)) {
      for (int i = 0; i < 150; i++) {
        String title = randomText(random, random.nextInt(40));
        String body = randomText(random, random.nextInt(400)) + " mot" + i + " " + randomText(random, 30);
        String[] languages = {"fr", "en", "de"};
        AnalyzedArticle article = Articles.article("r" + i).title(title).body(body)
            .language(languages[i % languages.length]).outlet(randomText(random, 8)).build();
        store.put(article, null);

        assertThat(store.articles(i, 1).getFirst().article().article()).isEqualTo(article.article());
        SearchResult result = store.search("mot" + i, 5);
        assertThat(result.hits()).extracting(SearchResult.Hit::articleId).containsExactly("r" + i);
        assertInert(result.hits().getFirst().snippet());
      }
      store.reindex();
      assertThat(store.health().indexed()).isEqualTo(150);
    }
  }

  /** Matches lie inside the snippet, in order and apart (the record checks it when built), and cover text. */
  private static void assertInert(Snippet snippet) {
    for (Snippet.Match m : snippet.matches()) {
      assertThat(snippet.text().substring(m.start(), m.end())).as(snippet.text()).isNotBlank();
    }
  }

  private static String randomText(Random random, int length) {
    StringBuilder out = new StringBuilder();
    int[] codePoints = ALPHABET.codePoints().toArray();
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return out.toString();
  }
}
