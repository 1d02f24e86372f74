package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie eval timebank} on the French TimeBank: the scores must beat HeidelTime's published ones. */
class EvalTimeBankIT {
  private static final Pattern F1 = Pattern.compile("(strict|relaxed|value|type)\\s+P\\s+[\\d.]+\\s+R\\s+[\\d.]+\\s+F1\\s+([\\d.]+)");

  @Test
  void frenchTimeBankScoresBeatHeidelTime() {
    Path corpus = SharedData.corpus("fr-timebank");

    CliRun run = CliRun.of("eval", "timebank", corpus.toString());

    assertThat(run.status()).as(run.err()).isZero();
    String all = run.out().substring(run.out().indexOf("all files"));
    assertThat(f1(all, "strict")).isGreaterThan(85.99);
    assertThat(f1(all, "relaxed")).isGreaterThan(90.97);
    assertThat(f1(all, "value")).isGreaterThan(73.63);
    assertThat(f1(all, "type")).isGreaterThan(82.66);
    assertThat(run.out()).contains("dev half").contains("test half (held out)");
  }

  @Test
  void aFolderWithoutTimeMlIsAnError(@TempDir Path empty) throws Exception {
    Files.writeString(empty.resolve("notes.txt"), "rien");

    CliRun run = CliRun.of("eval", "timebank", empty.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("no .tml files");
  }

  private static double f1(String block, String measure) {
    Matcher matcher = F1.matcher(block);
    while (matcher.find()) {
      if (matcher.group(1).equals(measure)) {
        return Double.parseDouble(matcher.group(2));
      }
    }
    throw new AssertionError("no " + measure + " F1 in:\n" + block);
  }
}
