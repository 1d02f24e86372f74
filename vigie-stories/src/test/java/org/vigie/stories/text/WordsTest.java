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
