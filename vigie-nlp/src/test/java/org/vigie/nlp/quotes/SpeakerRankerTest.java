package org.vigie.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerRankerTest {
  private static final int SIZE = SpeakerCandidates.FEATURES.size();

  private static double[] candidate(String... features) {
    double[] x = new double[SIZE];
    for (String feature : features) {
      x[SpeakerRanker.featureIndex(feature)] = 1;
    }
    return x;
  }

  @Test
  void train_learnsWhichFeatureMarksTheRightCandidate() {
    // the speech verb's subject is right, whatever the place of the other candidate
    List<List<double[]>> quotes = new ArrayList<>();
    List<boolean[]> right = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      boolean subjectFirst = i % 2 == 0;
      double[] subject = candidate("speech_subject", "person");
      double[] other = candidate("person", i % 3 == 0 ? "same_sentence" : "earlier_sentence");
      quotes.add(subjectFirst ? List.of(subject, other, candidate("none")) : List.of(other, subject,
          candidate("none")));
      right.add(subjectFirst ? new boolean[] {true, false, false} : new boolean[] {false, true, false});
    }

    SpeakerRanker ranker = SpeakerRanker.train(quotes, right, 0.01);

    assertThat(ranker.choose(List.of(candidate("person", "same_sentence"), candidate("speech_subject", "person"),
        candidate("none")))).isEqualTo(1);
  }

  @Test
  void train_quotesWithoutARightCandidateTeachNothing() {
    List<List<double[]>> quotes = List.of(List.of(candidate("rule"), candidate("none")));
    List<boolean[]> right = List.of(new boolean[] {false, false});

    SpeakerRanker ranker = SpeakerRanker.train(quotes, right, 0.01);

    assertThat(ranker.score(candidate("rule"))).isZero();
  }

  @Test
  void writeThenRead_givesTheSameChoices(@TempDir Path folder) throws Exception {
    List<List<double[]>> quotes = List.of(List.of(candidate("rule"), candidate("none")),
        List.of(candidate("none", "rule"), candidate("person")));
    List<boolean[]> right = List.of(new boolean[] {true, false}, new boolean[] {true, false});
    SpeakerRanker trained = SpeakerRanker.train(quotes, right, 0.01);
    Path file = folder.resolve("weights.tsv");

    trained.write(file, List.of("a note"));
    SpeakerRanker read = SpeakerRanker.read(file);

    assertThat(Files.readString(file)).startsWith("# a note\n");
    double[] probe = candidate("rule", "person");
    assertThat(read.score(probe)).isCloseTo(trained.score(probe), org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void read_aFileMissingAFeatureIsAnErrorNamingIt(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("weights.tsv");
    Files.writeString(file, "rule\t1.0\n");

    assertThatThrownBy(() -> SpeakerRanker.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no weight for the feature none");
  }

  @Test
  void shipped_hasAWeightForEveryFeature() {
    assertThat(SpeakerRanker.shipped().choose(List.of(candidate("none")))).isZero();
  }
}
