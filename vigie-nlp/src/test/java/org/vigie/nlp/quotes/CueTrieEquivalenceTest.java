package org.vigie.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.nlp.lexicon.Lexicon;

/**
 * The cue patterns with their verbs as a trie find exactly what they find with the verbs as a flat longest-first
 * list, on the samples, the seeds and the PolNeAr texts when present, and on random runs of cue words.
 */
class CueTrieEquivalenceTest {
  private static final Cues FRENCH_LIST = Cues.french(Cues::verbList);
  private static final Cues ENGLISH_LIST = Cues.english(Cues::verbList);

  @Test
  void realTexts_sameCues() {
    List<String> texts = new ArrayList<>(files(Path.of("..", "samples")));
    Path shared = Path.of(System.getProperty("vigie.shared", "../shared"));
    texts.addAll(files(shared.resolve("seeds")));
    texts.addAll(files(shared.resolve("corpora/polnear/dev/text")).stream().limit(300).toList());
    assertThat(texts).hasSizeGreaterThan(5);

    int cues = 0;
    for (String text : texts) {
      cues += assertSameCues(text);
    }
    assertThat(cues).as("the texts hold cues to compare").isGreaterThan(50);
  }

  @Test
  void randomRunsOfCueWords_sameCues() {
    List<String> pieces = new ArrayList<>(List.of("a", "ont", "n'a", "s'est", "s’est", "se sont", "a-t-il",
        "a-t-elle", "également", "aussi", "de son côté", "has", "have", "had", "il", "elle", "-t-il", "e", "es", "s",
        "«", "»", ",", ".", "-", "'", "l'", "\n", "  ", "É", "DÉCLARÉ", "Said"));
    pieces.addAll(Lexicon.FRENCH_CUES);
    pieces.addAll(Lexicon.ENGLISH_CUES);
    Random random = new Random(11);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        String piece = pieces.get(random.nextInt(pieces.size()));
        text.append(random.nextInt(6) == 0 ? piece.toUpperCase() : piece);
        if (random.nextInt(4) != 0) {
          text.append(' ');
        }
      }
      assertSameCues(text.toString());
    }
  }

  private static int assertSameCues(String text) {
    assertThat(Cues.FRENCH.findAll(text, 0, text.length())).isEqualTo(FRENCH_LIST.findAll(text, 0, text.length()));
    assertThat(Cues.ENGLISH.findAll(text, 0, text.length())).isEqualTo(ENGLISH_LIST.findAll(text, 0, text.length()));
    int middle = text.length() / 2;
    assertThat(Cues.FRENCH.findAll(text, middle, text.length()))
        .isEqualTo(FRENCH_LIST.findAll(text, middle, text.length()));
    for (int at = 0; at < text.length(); at += 7) {
      assertThat(Cues.FRENCH.at(text, at, text.length())).isEqualTo(FRENCH_LIST.at(text, at, text.length()));
      assertThat(Cues.ENGLISH.at(text, at, text.length())).isEqualTo(ENGLISH_LIST.at(text, at, text.length()));
    }
    return FRENCH_LIST.findAll(text, 0, text.length()).size() + ENGLISH_LIST.findAll(text, 0, text.length()).size();
  }

  private static List<String> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.toString().endsWith(".ann")).sorted().toList()) {
        texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
