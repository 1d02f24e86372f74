package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigie eval who --polnear} on a fixed subset of PolNeAR's train split (the held-out one: the rules were
 * written looking at dev), figures only. The full splits are measured by hand (README); the floors sit just under
 * what the first 100 train articles give, so a change that loses ground on unseen English fails here.
 */
class EvalWhoPolnearIT {
  private static final Pattern FIGURE = Pattern.compile("^([a-z ]+?) ([\\d.]+) \\((\\d+)/(\\d+)\\)$", Pattern.MULTILINE);

  @Test
  void trainSubset_directQuotesAndNamedSpeakersStayAboveTheirFloors() {
    Path polnear = SharedData.corpus("polnear");

    CliRun run = CliRun.of("eval", "who", "--polnear", polnear.toString(), "--split", "train", "--limit", "100",
        "--figures-only");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("== polnear, train: 100 articles").doesNotContain("== misses");
    Map<String, Double> figures = new HashMap<>();
    Matcher figure = FIGURE.matcher(run.out());
    while (figure.find()) {
      figures.put(figure.group(1), Double.parseDouble(figure.group(2)));
    }
    assertThat(figures.get("direct quote recall")).isGreaterThan(0.93);
    assertThat(figures.get("speaker accuracy where the source is named")).isGreaterThan(0.73);
  }

  @Test
  void aFolderWithoutPolnearsLayoutIsAnError(@TempDir Path empty) throws Exception {
    Files.writeString(empty.resolve("notes.txt"), "nothing");

    CliRun run = CliRun.of("eval", "who", "--polnear", empty.toString(), "--split", "dev");

    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("attributions");
  }
}
