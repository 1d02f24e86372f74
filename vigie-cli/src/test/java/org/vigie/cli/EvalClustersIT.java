package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code vigie eval clusters} on the two clustering corpora. The floors are the naive baseline's B-cubed F1 on each
 * dev half (single-pass TF-IDF centroids, threshold tuned on the data itself): 0.867 on ECB+, 0.801 on the French
 * headline groups.
 */
class EvalClustersIT {
  private static final Pattern VIGIE_F1 =
      Pattern.compile("== [^\\n]*dev half[^\\n]*\\n\\s+vigie\\s+B-cubed P [\\d.]+ R [\\d.]+ F1 ([\\d.]+)");

  @Test
  void ecbPlusDevHalfBeatsTheBaselineFloor() {
    assertThat(devF1("ecbplus")).isGreaterThan(0.867);
  }

  @Test
  void frenchHeadlineGroupsDevHalfBeatsTheBaselineFloor() {
    assertThat(devF1("fr-headline-clusters")).isGreaterThan(0.801);
  }

  private static double devF1(String name) {
    Path corpus = SharedData.corpus(name);
    CliRun run = CliRun.of("eval", "clusters", corpus.resolve("articles.jsonl").toString(),
        corpus.resolve("stories.tsv").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("test half").contains("all articles").contains("baseline");
    Matcher matcher = VIGIE_F1.matcher(run.out());
    assertThat(matcher.find()).as(run.out()).isTrue();
    return Double.parseDouble(matcher.group(1));
  }
}
