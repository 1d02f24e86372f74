package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.model.TimeMention;

/**
 * The two French seed reports (read from ../shared/seeds, never copied here): the expressions a timeline needs, with
 * the DCT each one declares. Skipped when the shared folder is absent.
 */
class SeedArticlesTest {
  private final TimeTagger tagger = new TimeTagger();

  private static String seed(String prefix) throws IOException {
    String shared = System.getProperty("vigie.shared", "../shared");
    Path seeds = Path.of(shared, "seeds");
    assumeTrue(Files.isDirectory(seeds), "no seed folder at " + seeds.toAbsolutePath()
        + " (set -Dvigie.shared to the shared folder to run this test)");
    try (Stream<Path> files = Files.list(seeds)) {
      Path file = files.filter(path -> path.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
      assumeTrue(file != null, "no seed " + prefix + "* in " + seeds);
      return Files.readString(file);
    }
  }

  private static List<String> described(List<TimeMention> mentions) {
    return mentions.stream().map(mention -> mention.text() + " | " + mention.type() + " | " + mention.value())
        .toList();
  }

  @Test
  void seed000_timesOfTheTalksAreResolvedAgainstItsDateline() throws IOException {
    String text = seed("000_");

    List<TimeMention> mentions = tagger.tag(text, "fr", LocalDate.of(2026, 2, 6));

    TimeTaggerTest.assertSpansValid(text, mentions);
    assertThat(described(mentions)).contains(
        "06 février 2026 | DATE | 2026-02-06",
        "10 heures, heure locale | TIME | 2026-02-06T10:00",
        "7 heures, heure de Belgique | TIME | 2026-02-06T07:00",
        "environ une heure | DURATION | PT1H",
        "mercredi | DATE | 2026-02-04",
        "mois dernier | DATE | 2026-01",
        "jeudi soir | TIME | 2026-02-05TEV");
  }

  /**
   * The second seed declares 2026-02-04 but reports talks that began on Friday 6 February: with that DCT the past
   * tense sends "vendredi" to 30 January, the contradiction a later stage uses to flag the dateline.
   */
  @Test
  void seed003_pastFridayFallsBeforeItsDeclaredDate() throws IOException {
    String text = seed("003_");

    List<TimeMention> mentions = tagger.tag(text, "fr", LocalDate.of(2026, 2, 4));

    TimeTaggerTest.assertSpansValid(text, mentions);
    assertThat(described(mentions)).contains("vendredi | DATE | 2026-01-30", "début janvier | DATE | 2026-01",
        "ces derniers jours | TIME | PAST_REF");
  }
}
