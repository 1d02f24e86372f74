package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigie train speakers} cross-validates the speaker ranker on a gold corpus and writes its weights; the scored
 * half is never trained on.
 */
class TrainSpeakersIT {
  @TempDir Path dir;

  @Test
  void theSeedsGold_givesFiguresAndWeights() throws IOException {
    Path gold = SharedData.repositoryRoot().resolve("vigie-cli/src/test/resources/seeds-gold");
    Path weights = dir.resolve("speakers.tsv");

    CliRun run = CliRun.of("train", "speakers", "--texts", SharedData.seeds().toString(), "--extra", gold.toString(),
        "--extra-texts", SharedData.seeds().toString(), "--l2", "0.01", "--output", weights.toString(),
        gold.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("articles 1 cross-validated, 2 in every fold")
        .containsPattern("speaker accuracy, rules 1\\.000 \\(\\d+/\\d+\\)")
        .contains("weights written to " + weights);
    assertThat(Files.readString(weights)).contains("\nrule\t").contains("\nnone\t").startsWith("# articles 1");
  }

  @Test
  void theScoredHalf_isRefused() {
    CliRun run = CliRun.of("train", "speakers", "--half", "scored",
        SharedData.corpus("fr-wikinews").toString());

    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("only the read half is trained on");
  }
}
