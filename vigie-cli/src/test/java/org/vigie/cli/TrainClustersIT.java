package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigie train clusters} writes a model that {@code --model} then uses, and a file that is no model is refused
 * with its name.
 */
class TrainClustersIT {
  @TempDir Path dir;

  @Test
  void aRetrainedModel_isWrittenAndUsed() throws IOException {
    Path corpus = SharedData.repositoryRoot().resolve("corpora/bilingual-dev");
    Path model = dir.resolve("model.tsv");
    CliRun train = CliRun.of("train", "clusters", corpus.resolve("articles.jsonl").toString(),
        corpus.resolve("stories.tsv").toString(), "--output", model.toString());
    assertThat(train.status()).as(train.err()).isZero();
    assertThat(train.out()).contains("model written to " + model).contains("bilingual-dev (60 articles, 40 stories)");
    assertThat(Files.readString(model)).contains("intercept\t").contains("neutral\t");

    CliRun eval = CliRun.of("eval", "clusters", "--folds", "0", "--model", model.toString(),
        corpus.resolve("articles.jsonl").toString(), corpus.resolve("stories.tsv").toString());
    assertThat(eval.status()).as(eval.err()).isZero();
    Matcher f1 = Pattern.compile("vigie\\s+B-cubed P [\\d.]+ R [\\d.]+ F1 ([\\d.]+)")
        .matcher(eval.out());
    assertThat(f1.find()).as(eval.out()).isTrue();
    assertThat(Double.parseDouble(f1.group(1))).as("in-sample, on the data it was trained on").isGreaterThan(0.9);
  }

  @Test
  void aFileThatIsNoModel_isRefusedWithItsName() throws IOException {
    Path notAModel = dir.resolve("notes.txt");
    Files.writeString(notAModel, "intercept\t1\n");
    CliRun run = CliRun.of("story", "--model", notAModel.toString(),
        SharedData.repositoryRoot().resolve("samples").toString());
    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains(notAModel.toString()).contains("missing");
  }
}
