package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The topic and index settings of the distributed commands (issue 14): values that cannot make a topic or an index
 * are refused with the option named, before anything connects (no Kafka, PostgreSQL or OpenSearch runs here).
 */
class DistributedOptionsTest {
  @Test
  void zeroPartitionsOrReplicas_areRefusedByEveryCommandThatCreatesTopics() {
    for (String[] args : new String[][] {
        {"worker", "--kafka", "127.0.0.1:1", "--partitions", "0"},
        {"worker", "--kafka", "127.0.0.1:1", "--replication", "0"},
        {"ingest", "--kafka", "127.0.0.1:1", "--replication", "0", "."},
        {"storyteller", "--kafka", "127.0.0.1:1", "--postgres", "postgresql://u:p@127.0.0.1:1/v",
            "--opensearch", "http://127.0.0.1:1", "--partitions", "0"},
        {"serve", "--kafka", "127.0.0.1:1", "--postgres", "postgresql://u:p@127.0.0.1:1/v",
            "--opensearch", "http://127.0.0.1:1", "--replication", "0"}}) {
      CliRun run = CliRun.of(args);
      String option = java.util.Arrays.stream(args).filter(a -> a.equals("--partitions") || a.equals("--replication"))
          .findFirst().orElseThrow();
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).contains(option + " must be at least 1, got 0");
    }
  }

  @Test
  void kafka_isRequiredByTheDistributedRoles_andTopicSettingsNeedIt() {
    for (String[] args : new String[][] {
        {"worker"},
        {"storyteller", "--postgres", "postgresql://u:p@127.0.0.1:1/v", "--opensearch", "http://127.0.0.1:1"},
        {"ingest", "--partitions", "3", "."}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).contains("Missing required argument").contains("--kafka");
    }
  }

  @Test
  void indexSettingsOutOfRange_areRefused() {
    CliRun run = CliRun.of("storyteller", "--kafka", "127.0.0.1:1", "--postgres", "postgresql://u:p@127.0.0.1:1/v",
        "--opensearch", "http://127.0.0.1:1", "--index-shards", "0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--index-shards must be at least 1");
  }
}
