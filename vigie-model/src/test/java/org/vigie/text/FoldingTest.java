package org.vigie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void fold_dropsAccentsAndCase_andSpellsOutLigatures() {
    assertThat(Folding.fold("Négociations À Genève")).isEqualTo("negociations a geneve");
    assertThat(Folding.fold("Œuvre ÇA")).isEqualTo("oeuvre ca");
    assertThat(Folding.fold("Søren Ærø Straße Łódź")).isEqualTo("soren aero strasse lodz");
    assertThat(Folding.fold("l’État")).isEqualTo("l'etat");
  }

  @Test
  void issue13_oeuvreAndSoren_foldAlikeEverywhere() {
    assertThat(Folding.key("Œuvre")).isEqualTo(Folding.key("oeuvre")).isEqualTo("oeuvre");
    assertThat(Folding.words("Søren")).isEqualTo(Folding.words("Soren"));
    assertThat(Folding.slug("Søren Kierkegaard")).isEqualTo("soren-kierkegaard");
  }

  @Test
  void key_collapsesWhitespace_andStrips() {
    assertThat(Folding.key("  États-Unis\u00A0 et\n Chine ")).isEqualTo("etats-unis et chine");
  }

  @Test
  void words_andSlug_keepOnlyLettersAndDigits() {
    assertThat(Folding.words("  Jean-Marc  Ayrault ")).isEqualTo("jean marc ayrault");
    assertThat(Folding.slug("Ministère de l'Économie")).isEqualTo("ministere-de-l-economie");
  }

  @Test
  void sameLength_keepsEveryOffset() {
    String text = "Le 6 Février, l’Œuvre de Søren — à 10h";
    String folded = Folding.sameLength(text);
    assertThat(folded).hasSize(text.length()).startsWith("le 6 fevrier, l'œuvre de soren - a 10h");
  }

  @Test
  void everyPairOfLatinChars_foldsAsTheGeneralPath() {
    StringBuilder pair = new StringBuilder("xx");
    for (char first = 0; first < 0x260; first++) {
      for (char second = 0; second < 0x260; second++) {
        pair.setCharAt(0, first);
        pair.setCharAt(1, second);
        String text = pair.toString();
        if (!Folding.fold(text).equals(Folding.slowFold(text))) {
          assertThat(Folding.fold(text)).as("U+%04X U+%04X", (int) first, (int) second)
              .isEqualTo(Folding.slowFold(text));
        }
      }
    }
  }

  @Test
  void variants_areEveryCharThatFoldsToTheLetter() {
    assertThat(Folding.variants('e')).startsWith("e").contains("E", "é", "É", "è", "ê", "ë");
    assertThat(Folding.variants('c')).contains("ç", "Ç");
    for (char c : Folding.variants('a').toCharArray()) {
      assertThat(Folding.sameLength(c)).isEqualTo('a');
    }
  }

  @Test
  void randomText_sameLengthNeverChangesTheLength_andFoldIsIdempotent() {
    Random random = new Random(13);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.append((char) random.nextInt(0x3000));
      }
      String s = text.toString();
      assertThat(Folding.sameLength(s)).hasSize(s.length());
      assertThat(Folding.fold(Folding.fold(s))).isEqualTo(Folding.fold(s));
    }
  }
}
