package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * French TimeBank (read from ../shared/corpora/fr-timebank at test time, never copied here), scored the TempEval-3
 * way, against HeidelTime's published figures on the full corpus: strict extraction F1 85.99, relaxed 90.97, value
 * F1 73.63, type F1 82.66. Rules are tuned on the development half only; the test half is reported, held out.
 */
class TimeBankEvaluationIT {
  private static final double HEIDELTIME_STRICT = 0.8599;
  private static final double HEIDELTIME_RELAXED = 0.9097;
  private static final double HEIDELTIME_VALUE = 0.7363;
  private static final double HEIDELTIME_TYPE = 0.8266;

  private static CorpusSplit split;
  private final TimeMlEvaluation evaluation = new TimeMlEvaluation();

  @BeforeAll
  static void findCorpus() {
    Path corpus = Path.of(System.getProperty("vigie.shared", "../shared"), "corpora", "fr-timebank");
    assumeTrue(Files.isDirectory(corpus), "French TimeBank not found at " + corpus.toAbsolutePath()
        + ": set -Dvigie.shared to the shared folder holding corpora/fr-timebank");
    split = CorpusSplit.of(CorpusSplit.tmlFiles(corpus));
    assumeTrue(!split.all().isEmpty(), "no .tml file in " + corpus);
  }

  @Test
  void fullCorpus_beatsHeidelTime() {
    EvaluationReport full = evaluation.evaluate(split.all());
    System.out.println("French TimeBank, full corpus\n" + full.summary());

    assertThat(full.scores().strict().f1()).as("strict extraction F1").isGreaterThan(HEIDELTIME_STRICT);
    assertThat(full.scores().relaxed().f1()).as("relaxed extraction F1").isGreaterThan(HEIDELTIME_RELAXED);
    assertThat(full.scores().value().f1()).as("value F1").isGreaterThan(HEIDELTIME_VALUE);
    assertThat(full.scores().type().f1()).as("type F1").isGreaterThan(HEIDELTIME_TYPE);
  }

  @Test
  void halves_areReported() {
    EvaluationReport dev = evaluation.evaluate(split.dev());
    EvaluationReport test = evaluation.evaluate(split.test());
    System.out.println("French TimeBank, dev half\n" + dev.summary());
    System.out.println("French TimeBank, test half (held out)\n" + test.summary());

    assertThat(dev.scores().documents() + test.scores().documents()).isEqualTo(split.all().size());
    assertThat(test.scores().value().f1()).as("held-out value F1").isGreaterThan(HEIDELTIME_VALUE);
  }
}
