package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.model.TimeMention;

/** Expressions found once and resolved against several dates read as if each date had been tagged afresh. */
class FoundTimesTest {
  private static final List<LocalDate> DATES = java.util.Arrays.asList(LocalDate.of(2026, 2, 6), null,
      LocalDate.of(2026, 2, 4), LocalDate.of(1999, 5, 17), LocalDate.of(2026, 2, 6));

  private final TimeTagger tagger = new TimeTagger();

  @Test
  void resolvingOneFindAgainstSeveralDates_matchesTaggingAfreshForEachDate() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "samples"))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.ISO_8859_1));
      }
    }
    texts.add("""
        Les deux délégations ont entamé vendredi leurs discussions à Tunis. Le ministre s'est réjoui jeudi \
        de ce calendrier. Sa porte-parole a rappelé jeudi soir, à 18 heures, les conditions posées la veille.""");
    assertThat(texts).hasSizeGreaterThan(5);

    int compared = 0;
    for (String text : texts) {
      for (String language : List.of("fr", "en")) {
        FoundTimes found = tagger.find(text, language);
        for (LocalDate dct : DATES) {
          List<TimeMention> fresh = new TimeTagger().tag(text, language, dct);
          assertThat(found.resolve(dct)).as("%s against %s", language, dct).isEqualTo(fresh);
          compared += fresh.size();
        }
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void unknownLanguageOrEmptyText_findsNothing() {
    assertThat(tagger.find("lundi 6 février 2026", "de").resolve(LocalDate.of(2026, 2, 6))).isEmpty();
    assertThat(tagger.find("", "fr").resolve(null)).isEmpty();
  }
}
