package org.vigie.nlp.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written word scan finds what the word regex finds, on real and random texts and on any region. */
class WordsTest {

  @Test
  void examples() {
    assertThat(Words.of("Jusqu'à l'Élysée, le porte-parole a dit: U.S. 2026.").stream().map(Word::text))
        .containsExactly("Jusqu'", "à", "l'", "Élysée", "le", "porte-parole", "a", "dit", "U.S", "2026");
    assertThat(Words.of("l' homme QU'il").stream().map(Word::text)).containsExactly("l", "homme", "QU", "il");
  }

  @Test
  void realTexts_sameWordsAsTheRegex() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
        texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    Random random = new Random(3);
    int words = 0;
    for (String text : texts) {
      assertThat(Words.of(text)).isEqualTo(Words.ofByPattern(text, 0, text.length()));
      words += Words.of(text).size();
      for (int i = 0; i < 50; i++) {
        int from = random.nextInt(text.length() + 1);
        int to = random.nextInt(text.length() + 2);
        assertThat(Words.of(text, from, to)).as("%d-%d", from, to).isEqualTo(Words.ofByPattern(text, from, to));
      }
    }
    assertThat(words).isGreaterThan(1000);
  }

  @Test
  void randomTexts_sameWordsAsTheRegex() {
    String[] pieces = {"l", "L", "d'", "qu", "Qu", "QU", "jusqu", "Lorsqu", "puisqu", "'", "’", "-", ".", "--", "..",
        "a", "É", "e\u0301", "\u0301", "2", "²", "Ⅻ", "𝒜", "😀", "\uD835", "\uDC9C", " ", "\n", ",", "ǅ", "ʰ", "字", "_"};
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = text.toString();
      int from = random.nextInt(s.length() + 1);
      int to = from + random.nextInt(s.length() - from + 2);
      assertThat(Words.of(s, 0, s.length())).as(s).isEqualTo(Words.ofByPattern(s, 0, s.length()));
      assertThat(Words.of(s, from, to)).as("%s %d-%d", s, from, to).isEqualTo(Words.ofByPattern(s, from, to));
    }
  }
}
