package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code vigie eval clusters --folds 5} on the shared ECB+ and French headline corpora and the bilingual
 * development set, through the real ingest and pipeline: one model per fold for all three, scored out of fold.
 * The floors are the naive baseline's out-of-fold B-cubed F1 on the same folds (0.831 on ECB+, 0.836 on the French
 * headlines): the learned assignment must beat the baseline on topics it never saw, and its in-sample figure must
 * stay within 0.02 of the out-of-fold one (a larger gap is fitting).
 */
class EvalClustersIT {
  private static final Pattern OUT_OF_FOLD = Pattern.compile(
      "== (\\S+):[^\\n]*\\n\\s+vigie\\s+out-of-fold B-cubed F1 ([\\d.]+) ± ([\\d.]+)[^\\n]*\\n"
          + "\\s+vigie\\s+in-sample B-cubed F1 ([\\d.]+)\\n\\s+baseline\\s+B-cubed F1 ([\\d.]+)");

  @Test
  void crossValidatedByTopic_theLearnedAssignmentBeatsTheBaseline_withoutFitting() {
    Path ecb = SharedData.corpus("ecbplus");
    Path french = SharedData.corpus("fr-headline-clusters");
    Path bilingual = SharedData.repositoryRoot().resolve("corpora/bilingual-dev");
    CliRun run = CliRun.of("eval", "clusters", "--folds", "5",
        ecb.resolve("articles.jsonl").toString(), ecb.resolve("stories.tsv").toString(),
        french.resolve("articles.jsonl").toString(), french.resolve("stories.tsv").toString(),
        bilingual.resolve("articles.jsonl").toString(), bilingual.resolve("stories.tsv").toString());
    assertThat(run.status()).as(run.err()).isZero();
    Matcher m = OUT_OF_FOLD.matcher(run.out());
    int corpora = 0;
    while (m.find()) {
      corpora++;
      double outOfFold = Double.parseDouble(m.group(2));
      double inSample = Double.parseDouble(m.group(4));
      double baseline = Double.parseDouble(m.group(5));
      assertThat(outOfFold).as(m.group(1) + ": out-of-fold against the baseline\n" + run.out())
          .isGreaterThan(baseline);
      assertThat(inSample - outOfFold).as(m.group(1) + ": in-sample minus out-of-fold\n" + run.out())
          .isLessThanOrEqualTo(0.02);
    }
    assertThat(corpora).as(run.out()).isEqualTo(3);
    assertThat(run.out()).contains("fold 5:");
  }

  @Test
  void pathsThatAreNotPairs_orFilesThatAreMissing_areRefusedWithTheirName() {
    CliRun odd = CliRun.of("eval", "clusters", "--folds", "0", "a.jsonl", "a.tsv", "b.jsonl");
    assertThat(odd.status()).isNotZero();
    assertThat(odd.err()).contains("pairs of ARTICLES.jsonl STORIES.tsv");
    CliRun missing = CliRun.of("eval", "clusters", "--folds", "0", "nowhere.jsonl", "nowhere.tsv");
    assertThat(missing.status()).isNotZero();
    assertThat(missing.err()).contains("nowhere.jsonl: no such file");
  }
}
