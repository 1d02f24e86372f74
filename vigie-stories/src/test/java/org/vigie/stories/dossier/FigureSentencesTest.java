package org.vigie.stories.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written sentence cut of {@link Figures} cuts exactly where its regular expression would. */
class FigureSentencesTest {
  private static List<String> byRegex(String text) {
    return Arrays.stream(text.split("(?<=[.!?])\\s+|\\n+")).filter(s -> !s.isBlank()).toList();
  }

  @Test
  void cutsAfterStopsAndAtLineBreaks() {
    assertThat(Figures.sentences("Ils sont 1 200. Les autres ?\n\nNon !  Fin.\tOui\nNon"))
        .containsExactly("Ils sont 1 200.", "Les autres ?", "Non !", "Fin.", "Oui", "Non");
    assertThat(Figures.sentences("3.5 km\n  indented. \n")).containsExactly("3.5 km", "  indented.");
    assertThat(Figures.sentences(" \n ")).isEmpty();
  }

  @Test
  void agreesWithTheRegularExpressionOnRandomTexts() {
    Random random = new Random(13);
    String alphabet = "ab1. !?\n\t\r";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(Figures.sentences(text.toString())).as("%s", text).isEqualTo(byRegex(text.toString()));
    }
  }
}
