package org.vigie.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.text.Folding;

class WordsTest {

  @Test
  void groupedThousands_meetAcrossConventions() {
    assertThat(Words.of("1 200 habitants")).containsExactly("1200", "habitants");
    assertThat(Words.of("1\u00A0200 évacués")).containsExactly("1200", "evacues");
    assertThat(Words.of("1,500 evacuated")).containsExactly("1500", "evacuated");
    assertThat(Words.of("12 000 000 euros")).containsExactly("12000000", "euros");
  }

  @Test
  void groupedThousands_areJoinedOnlyWhenEveryGroupHasThreeDigitsAndNoDecimalFollows() {
    assertThat(Words.joinGroupedNumbers("de 1 200 à 12.000.000 et 3\u202F400")).isEqualTo("de 1200 à 12000000 et 3400");
    assertThat(Words.joinGroupedNumbers("1,5 et 1 2345 et 3,800.5 et 1234 567 et .123,456"))
        .isEqualTo("1,5 et 1 2345 et 3,800.5 et 1234 567 et .123,456");
    assertThat(Words.joinGroupedNumbers("1 200 300,5")).as("the last group before a decimal is not taken")
        .isEqualTo("1200 300,5");
    assertThat(Words.joinGroupedNumbers("")).isEmpty();
  }

  /** The scan against the regular expression it replaced, on random strings of digits, separators and letters. */
  @Test
  void groupedThousands_scanAgreesWithTheRegularExpressionItReplaced() {
    java.util.regex.Pattern grouped = java.util.regex.Pattern.compile(
        "(?<![\\d.,])\\d{1,3}(?:[ \u00A0\u202F\u2009.,]\\d{3})+(?![\\d])(?![.,]\\d)");
    java.util.Random random = new java.util.Random(13);
    String alphabet = "0123456789012345 .,\u00A0\u2009ab";
    for (int t = 0; t < 20_000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(24); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      java.util.regex.Matcher m = grouped.matcher(text);
      StringBuilder expected = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(expected, m.group().replaceAll("[^0-9]", ""));
      }
      m.appendTail(expected);
      assertThat(Words.joinGroupedNumbers(text)).as("'%s'", text).isEqualTo(expected.toString());
    }
  }

  @Test
  void decimals_takeAPointAndLoseTrailingZeros() {
    assertThat(Words.of("3,80 m")).containsExactly("3.8", "m");
    assertThat(Words.of("3.8 metres")).containsExactly("3.8", "metres");
  }

  @Test
  void folding_removesCaseAndAccents() {
    assertThat(Folding.fold("Crêt-Mourin, Søren, Œuvre")).isEqualTo("cret-mourin, soren, oeuvre");
    assertThat(Folding.words("  Inês  VALADARES ")).isEqualTo("ines valadares");
    assertThat(Words.of("L’Iran")).containsExactly("l", "iran");
  }

  @Test
  void lightStems_joinInflections() {
    assertThat(LightStemmer.stem("évacués".replace("é", "e"), "fr")).isEqualTo(LightStemmer.stem("evacue", "fr"));
    assertThat(LightStemmer.stem("stories", "en")).isEqualTo("story");
    assertThat(LightStemmer.stem("evacuated", "en")).isEqualTo(LightStemmer.stem("evacuate", "en"));
  }
}
