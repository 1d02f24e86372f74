package org.vigie.nlp.quotes;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.nlp.HandDocuments;
import org.vigie.nlp.SpanInvariants;
import org.vigie.nlp.entities.EntityGrouper;

/**
 * Random text full of quotation marks, speech verbs, titles and names through the entity and quote annotators,
 * without CoreNLP: nothing may throw, and every span must index the text. Rerun a seed with
 * {@code -Dvigie.random.seed=...}.
 */
class RandomQuotesTest {
  private static final String[] PIECES = {
      " ", " ", " ", "\n", "\n\n", ".", ",", ":", ";", "«", "»", "« ", " »", "“", "”", "‘", "’", "'", "\"", "‹", "›",
      "—", "–", "-", "(", ")", "l'", "qu'", "que", "that", "a déclaré", "a-t-il ajouté", "s'est-elle félicitée",
      "soulignant", "selon", "according to", "said", "he", "she", "il", "elle", "ils", "Le", "la", "les", "the",
      "ministre", "porte-parole", "secrétaire d'État", "président américain", "spokeswoman", "M.", "Mme",
      "[Marco Rubio|PER]", "[Rubio|PER]", "[Washington|PER]", "[la Chine|LOC]", "[Iraniens|LOC]", "[X|MISC]",
      "[Les Etats-Unis|LOC]", "[USA|LOC]", "[PORT-ARDENT – La ministre|PER]", "[Mehr News Agency|ORG]",
      "mots", "vouloir", "discuter", "words", "😀", "e\u0301", "\u00a0", "\u200b",
  };

  @Test
  void randomText_neverThrows_andEverySpanIsValid() {
    long seed = Long.getLong("vigie.random.seed", 20_260_207L);
    Random random = new Random(seed);
    EntityGrouper entities = new EntityGrouper();
    QuoteAnnotator quotes = new QuoteAnnotator();
    for (int i = 0; i < 400; i++) {
      String language = random.nextBoolean() ? "fr" : "en";
      String title = text(random, 6);
      String body = text(random, 120);
      AnalyzedArticle result;
      try {
        result = quotes.annotate(entities.annotate(HandDocuments.tagged(language, title, body)));
      } catch (RuntimeException e) {
        throw new AssertionError("annotators threw on case " + i + " (seed " + seed + "): title=" + title
            + " body=" + body, e);
      }
      SpanInvariants.assertValid(result);
    }
  }

  private static String text(Random random, int maxPieces) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(maxPieces + 1);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) == 0) {
        text.append(' ');
      }
    }
    return text.toString().replace("\n\n\n", "\n\n").strip();
  }
}
