package org.vigie.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.vigie.model.TimeMention;

/** Whatever a user feeds in, tagging neither throws nor produces a span that does not index the text. */
class RandomInputTest {
  private static final String[] PIECES = {"lundi", "mardi", "soir", "matin", "février", "fevrier", "mars", "Mai",
      "août", "décembre", "2026", "1999", "98", "06/02/2026", "2026-02-06", "1er", "31", "29", "0", "24", "h", "heures",
      "heure locale", "midi", "minuit", "il y a", "dans", "depuis", "la veille", "le lendemain", "hier", "demain",
      "aujourd'hui", "aujourd’hui", "ce", "cette", "dernier", "prochaine", "années", "siècle", "XXe", "ans", "mois",
      "semaines", "jours", "chaque", "tous les", "fois par", "quotidien", "vingt-quatre", "quatre-vingt-dix", "trente",
      "environ", "début", "fin", "mi-", "printemps", "été", "week-end", "la nuit", "de", "à", "au", "et", "-", "/",
      ":", ".", ",", ";", "(", ")", "«", "»", "'", "’", "\n", "\t", " ", "  ", "😀", "𝒜", "ß", "İ", "ǅ", "\u00A0",
      "\u202F", "Monday", "yesterday", "ago", "last", "next", "every", "p.m.", "a.m.", "noon", "1990s", "the",
      "century", "o'clock", "2:30", "12:00", "of", "May", "a dozen", "years", "weeks", "since", "in"};
  private final TimeTagger tagger = new TimeTagger();

  @RepeatedTest(40)
  void randomText_neverThrows_andEverySpanIndexesTheText() {
    Random random = new Random(System.nanoTime());
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(80);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(5) == 0) {
        text.appendCodePoint(randomCodePoint(random));
      } else {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextBoolean()) {
        text.append(' ');
      }
    }
    check(text.toString(), random);
  }

  @Test
  void pathologicalInputs_neverThrow() {
    Random random = new Random(42);
    for (String text : List.of("", " ", "h", "1", "1er", "'", "-", "de 9 h-", "il y a", "dans les années",
        "le 31 février 2026", "le 29 février 2025", "99/99/9999", "le 0 mars", "25 h 61", "2026-13-45",
        "à 99 heures", "XXXXXXXXe siècle", "les années 1234", "tous les 0 jours", "1".repeat(5000),
        "lundi ".repeat(2000), "à 10 heures, heure de ".repeat(300), "\uD800", "\uDC00 hier \uD800")) {
      check(text, random);
    }
  }

  private void check(String text, Random random) {
    LocalDate dct = random.nextInt(4) == 0 ? null : LocalDate.of(1950 + random.nextInt(100), 1, 1)
        .plusDays(random.nextInt(366));
    for (String language : List.of("fr", "en")) {
      List<TimeMention> mentions = tagger.tag(text, language, dct);
      TimeTaggerTest.assertSpansValid(text, mentions);
    }
  }

  private static int randomCodePoint(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> 0x20 + random.nextInt(0x5F);
      case 1 -> 0xA0 + random.nextInt(0x200);
      case 2 -> 0x2000 + random.nextInt(0x70);
      default -> random.nextInt(Character.MAX_CODE_POINT + 1);
    };
  }
}
