package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.model.TimeMention;

/** Linguistic behaviour, one small hand-written case per line of {@code golden/fr.tsv} and {@code golden/en.tsv}. */
class GoldenCasesTest {
  private static final TimeTagger TAGGER = new TimeTagger();

  record GoldenCase(String language, int line, @Nullable LocalDate dct, String sentence, String text, String type,
      String value) {

    @Override
    public String toString() {
      return language + ":" + line + " " + (text.equals("-") ? "nothing in" : "[" + text + "] " + value + " in")
          + " «" + sentence + "»";
    }
  }

  static Stream<Arguments> french() {
    return read("fr").stream().map(Arguments::of);
  }

  static Stream<Arguments> english() {
    return read("en").stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("french")
  void french_goldenCase(GoldenCase golden) {
    check(golden);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("english")
  void english_goldenCase(GoldenCase golden) {
    check(golden);
  }

  private static void check(GoldenCase golden) {
    List<TimeMention> mentions = TAGGER.tag(golden.sentence(), golden.language(), golden.dct());

    if (golden.text().equals("-")) {
      assertThat(mentions).as(golden.toString()).isEmpty();
      return;
    }
    assertThat(mentions).as(golden.toString())
        .extracting(mention -> mention.text() + " | " + mention.type() + " | " + mention.value())
        .contains(golden.text() + " | " + golden.type() + " | " + golden.value());
  }

  private static List<GoldenCase> read(String language) {
    String resource = "/golden/" + language + ".tsv";
    try (InputStream in = Objects.requireNonNull(GoldenCasesTest.class.getResourceAsStream(resource), resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<GoldenCase> cases = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        if (columns.length != 5) {
          throw new IllegalStateException(resource + ":" + number + " needs 5 tab-separated columns: " + line);
        }
        LocalDate dct = columns[0].equals("-") ? null : LocalDate.parse(columns[0]);
        cases.add(new GoldenCase(language, number, dct, columns[1], columns[2], columns[3], columns[4]));
      }
      return cases;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
