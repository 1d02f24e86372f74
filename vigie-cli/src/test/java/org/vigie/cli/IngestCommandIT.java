package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigie ingest} on the real seeds with the real pipeline, then again, then a reindex. */
class IngestCommandIT {

  @Test
  void ingest_thenAgain_isANoOp_andReindexKeepsEverything(@TempDir Path dir) {
    Path seeds = SharedData.seeds();
    String data = dir.resolve("data").toString();

    CliRun first = CliRun.of("ingest", "--data", data, seeds.toString());
    assertThat(first.status()).as(first.err() + first.out()).isZero();
    assertThat(first.out()).contains("2 new, 0 duplicate(s), 0 conflict(s), 0 failed").contains("skipped: ");
    assertThat(first.err()).contains("analysed 2/2");

    CliRun again = CliRun.of("ingest", "--data", data, seeds.toString());
    assertThat(again.status()).isZero();
    assertThat(again.out()).contains("0 new, 2 duplicate(s), 0 conflict(s), 0 failed");

    CliRun reindex = CliRun.of("reindex", "--data", data);
    assertThat(reindex.status()).as(reindex.err()).isZero();
    assertThat(reindex.out()).contains("2 article(s), 2 indexed");
  }

  @Test
  void ingest_withOneBadInput_exitsWith1_butStoresTheGoodOnes(@TempDir Path dir) {
    Path seeds = SharedData.seeds();
    CliRun run = CliRun.of("ingest", "--data", dir.resolve("data").toString(), seeds.toString(),
        dir.resolve("missing.json").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("2 new").contains("1 failed").contains("failed: ");
  }
}
