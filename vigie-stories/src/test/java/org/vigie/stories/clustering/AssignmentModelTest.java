package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssignmentModelTest {
  @TempDir Path dir;

  private static AssignmentModel model() {
    double[] weights = new double[PairFeatures.NAMES.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (i % 7) - 3.25;
    }
    return new AssignmentModel(1.5, weights, List.of("made by hand for a test"));
  }

  @Test
  void aWrittenModel_readsBackWithTheSameScores() throws IOException {
    Path file = dir.resolve("model.tsv");
    AssignmentModel written = model();
    written.write(file);
    AssignmentModel read = AssignmentModel.read(file);
    double[] x = new double[PairFeatures.NAMES.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = 0.01 * i;
    }
    assertThat(read.score(x)).isEqualTo(written.score(x));
    assertThat(read.notes()).containsExactly("made by hand for a test");
  }

  @Test
  void theShippedModel_knowsEveryPairFeature() {
    assertThat(AssignmentModel.shipped().notes()).anyMatch(n -> n.startsWith("Trained on"));
  }

  @Test
  void aModelForOtherFeatures_isRefusedWithTheFileAndWhatIsWrong() throws IOException {
    Path file = dir.resolve("old.tsv");
    Files.writeString(file, "# from an older Vigie\nintercept\t1\ntext\t2\nshoe_size\t3\n");
    assertThatThrownBy(() -> AssignmentModel.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("missing").hasMessageContaining("shoe_size")
        .hasMessageContaining("vigie train clusters");
  }

  @Test
  void aLineThatIsNotANumber_isRefusedWithItsLine() throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "intercept\tmany\n");
    assertThatThrownBy(() -> AssignmentModel.read(file)).hasMessageContaining(file + ":1").hasMessageContaining("many");
  }
}
