package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code --threads} is one option shared by every command that analyses: a count below 1 is a usage error naming the
 * option, told while the command line is parsed (before any file is read, model loaded or engine reached). Before
 * the option was shared, eval, train and worker took 0 and failed later (or, for the worker, ran on 1 thread).
 */
class ThreadsOptionTest {
  @Test
  void zeroThreads_isRefusedByEveryCommandThatAnalyses() {
    for (String[] args : new String[][] {
        {"analyze", "--threads", "0", "."},
        {"story", "--threads", "0", "."},
        {"ingest", "--threads", "0", "."},
        {"eval", "who", "--threads", "0", "."},
        {"eval", "clusters", "--threads", "0", "a.jsonl", "a.tsv"},
        {"train", "clusters", "--threads", "0", "--output", "m.tsv", "a.jsonl", "a.tsv"},
        {"train", "speakers", "--threads", "-1", "."},
        {"worker", "--kafka", "127.0.0.1:1", "--threads", "0"},
        {"serve", "--threads", "0"}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).as(String.join(" ", args)).contains("--threads must be at least 1, got ");
    }
  }
}
