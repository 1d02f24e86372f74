package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tagger gives exactly what it gives with every rule tried at every word start, on varied real and random
 * texts: the repository's samples, the golden sentences, and, when the shared folder is present, the seeds and the
 * French TimeBank; in both languages, with and without a DCT.
 */
class StartFilterEquivalenceTest {
  private static final TimeTagger FILTERED = new TimeTagger();
  private static final TimeTagger EVERYWHERE = TimeTagger.withoutStartFilters();

  @Test
  void realTexts_sameMentionsWithAndWithoutStartFilters() {
    List<String> texts = new ArrayList<>();
    texts.addAll(filesIn(Path.of("..", "samples")));
    texts.addAll(goldenSentences("fr"));
    texts.addAll(goldenSentences("en"));
    Path shared = Path.of(System.getProperty("vigie.shared", "../shared"));
    texts.addAll(filesIn(shared.resolve("seeds")));
    Path timeBank = shared.resolve("corpora").resolve("fr-timebank");
    if (Files.isDirectory(timeBank)) {
      for (Path file : CorpusSplit.tmlFiles(timeBank)) {
        try {
          texts.add(TimeMlReader.read(file).text());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    assertThat(texts).hasSizeGreaterThan(100);
    int mentions = 0;
    for (String text : texts) {
      mentions += assertSameMentions(text);
    }
    assertThat(mentions).as("the texts hold expressions to compare").isGreaterThan(500);
  }

  @Test
  void randomTexts_sameMentionsWithAndWithoutStartFilters() {
    Random random = new Random(20261123);
    String[] pieces = Stream.concat(goldenSentences("fr").stream(), goldenSentences("en").stream())
        .flatMap(sentence -> Arrays.stream(sentence.split(" ")))
        .toArray(String[]::new);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int words = 1 + random.nextInt(60);
      for (int i = 0; i < words; i++) {
        String piece = pieces[random.nextInt(pieces.length)];
        text.append(random.nextInt(8) == 0 ? piece.toUpperCase() : piece);
        text.append(random.nextInt(10) == 0 ? ". " : " ");
      }
      assertSameMentions(text.toString());
    }
  }

  private static int assertSameMentions(String text) {
    int mentions = 0;
    for (String language : List.of("fr", "en")) {
      for (LocalDate dct : Arrays.asList(LocalDate.of(2026, 2, 6), null)) {
        var expected = EVERYWHERE.tag(text, language, dct);
        assertThat(FILTERED.tag(text, language, dct)).as("%s, %s: %s", language, dct, text).isEqualTo(expected);
        mentions += expected.size();
      }
    }
    return mentions;
  }

  private static List<String> goldenSentences(String language) {
    try (var in = StartFilterEquivalenceTest.class.getResourceAsStream("/golden/" + language + ".tsv")) {
      String tsv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return tsv.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("\t")[1]).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> filesIn(Path folder) {
    return files(folder).stream().map(file -> {
      try {
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  private static List<Path> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
