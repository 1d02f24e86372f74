package org.vigie.nlp.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The table-driven keys agree with the general path (decomposition, marks, apostrophes, whitespace, case). */
class FoldTest {

  @Test
  void examples() {
    assertThat(Fold.key("États-Unis")).isEqualTo("etats-unis");
    assertThat(Fold.key("l’Élysée")).isEqualTo("l'elysee");
    assertThat(Fold.key("  Jean\u00A0 Dupont\n")).isEqualTo("jean dupont");
    assertThat(Fold.key("déjà")).isEqualTo("deja");
    assertThat(Fold.key("paris")).isEqualTo("paris");
  }

  @Test
  void everyPairOfLatinChars_foldsAsTheGeneralPath() {
    StringBuilder pair = new StringBuilder("xx");
    for (char first = 0; first < 0x260; first++) {
      for (char second = 0; second < 0x260; second++) {
        pair.setCharAt(0, first);
        pair.setCharAt(1, second);
        String text = pair.toString();
        if (!Fold.key(text).equals(Fold.slowKey(text))) {
          assertThat(Fold.key(text)).as("U+%04X U+%04X", (int) first, (int) second).isEqualTo(Fold.slowKey(text));
        }
      }
    }
  }

  @Test
  void wordsAndRandomTexts_foldAsTheGeneralPath() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        for (String word : Files.readString(file, StandardCharsets.ISO_8859_1).split("[ \n]")) {
          assertThat(Fold.key(word)).as(word).isEqualTo(Fold.slowKey(word));
        }
      }
    }
    Random random = new Random(7);
    String pieces = "aÉéèçÇ’'-. İıßŒœǅ\u0301\u00A0\u2009\u001FΣσ字😀\n\t";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        text.append(random.nextBoolean() ? pieces.charAt(random.nextInt(pieces.length()))
            : (char) random.nextInt(0x300));
      }
      assertThat(Fold.key(text.toString())).as(text.toString()).isEqualTo(Fold.slowKey(text.toString()));
    }
  }
}
