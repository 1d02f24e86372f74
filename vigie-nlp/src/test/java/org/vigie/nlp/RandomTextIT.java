package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;

/**
 * Random text through the whole pipeline: it must never throw out of {@code analyze}, and every span it returns
 * must index the text. The seed is printed with any failure; rerun one with {@code -Dvigie.random.seed=...}.
 */
class RandomTextIT {
  private static final String[] PIECES = {
      " ", " ", " ", "\n", "\n\n", "\n\n\n", "\t", "\r\n", "\u00a0", "\u2028", "\u200b",
      ".", ",", ";", ":", "!", "?", "…", "«", "»", "« ", " »", "“", "”", "‘", "’", "'", "\"", "-", "—", "(", ")", "[",
      "l’", "L'", "aujourd’hui", "du", "au", "aux", "des", "le", "la", "the", "a", "M.", "Mr.", "U.S.", "J.-C.",
      "Paris", "Téhéran", "Abbas Araghchi", "Marco Rubio", "États-Unis", "Organisation des Nations unies",
      "ministre", "a déclaré", "said", "minister", "1", "2026", "06.02.2026", "10 000", "3,5 %", "$", "€",
      "😀", "👍🏽", "🇫🇷", "𝒜", "𝔘", "\uD83D\uDE00", "e\u0301", "ǅ", "ß", "İ", "ﬁ", "中文", "العربية", "ελληνικά",
      "\uD800", "\uDC00", "\u0000", "\u001f", "\ufeff", "\ufffd", "<p>", "&amp;", "http://example.org/a?b=c",
  };

  @Test
  void randomText_neverThrows_andEverySpanIsValid() {
    long seed = Long.getLong("vigie.random.seed", 20_260_206L);
    Random random = new Random(seed);
    Pipeline pipeline = StandardPipeline.get();
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String hint = switch (i % 3) {
        case 0 -> "fr";
        case 1 -> "en";
        default -> null; // let lingua decide, and fail on texts without words
      };
      articles.add(Articles.article("random-" + i, randomText(random, 12), randomText(random, 400), hint));
    }
    articles.add(Articles.article("empty", "", "", "fr"));
    articles.add(Articles.article("empty-no-hint", "", ""));
    articles.add(Articles.article("long-word", "", "x".repeat(20_000), "fr"));
    articles.add(Articles.article("long-token-run", "", "😀".repeat(800), "en"));
    articles.add(Articles.article("punctuation", "«", "» “ ” … ’", "fr"));

    for (Article article : articles) {
      AnalyzedArticle result;
      try {
        result = pipeline.analyze(article);
      } catch (RuntimeException | Error e) {
        throw new AssertionError("analyze threw on " + article.id() + " (seed " + seed + ")", e);
      }
      assertThat(result.id()).isEqualTo(article.id());
      SpanInvariants.assertValid(result);
      if (article.language() != null) {
        assertThat(result.errors()).as("errors on %s (seed %d)", article.id(), seed).isEmpty();
      }
    }
  }

  private static String randomText(Random random, int maxPieces) {
    int pieces = random.nextInt(maxPieces + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(10)) {
        case 0 -> text.appendCodePoint(randomCodePoint(random));
        case 1 -> text.append(randomWord(random, 1 + random.nextInt(random.nextInt(10) == 0 ? 3_000 : 12)));
        default -> text.append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    return text.toString();
  }

  private static String randomWord(Random random, int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return random.nextBoolean() ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word.toString();
  }

  /** Any code point except lone surrogates (which {@link #PIECES} adds on purpose). */
  private static int randomCodePoint(Random random) {
    while (true) {
      int codePoint = random.nextInt(4) == 0 ? 0x10000 + random.nextInt(0x10FFFF - 0x10000) : random.nextInt(0x10000);
      if (Character.getType(codePoint) != Character.SURROGATE) {
        return codePoint;
      }
    }
  }
}
