package org.vigie.stories.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {

  @Test
  void perfectClustering_scoresOne() {
    Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "2");
    ClusterScores s = ClusterScores.of(gold, Map.of("a", "x", "b", "x", "c", "y"));
    assertThat(s.bcubedF1()).isEqualTo(1.0);
    assertThat(s.pairwiseF1()).isEqualTo(1.0);
  }

  @Test
  void handComputedExample() {
    // gold {a,b,c} {d,e}; system {a,b} {c,d,e}
    Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
    Map<String, String> system = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");
    ClusterScores s = ClusterScores.of(gold, system);
    // B3 precision: a 1, b 1, c 1/3, d 2/3, e 2/3 → 11/15; recall: a 2/3, b 2/3, c 1/3, d 1, e 1 → 11/15
    assertThat(s.bcubedPrecision()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(s.bcubedRecall()).isCloseTo(11.0 / 15, within(1e-9));
    assertThat(s.bcubedF1()).isCloseTo(11.0 / 15, within(1e-9));
    // pairs: system ab, cd, ce, de (4); gold ab, ac, bc, de (4); common ab, de → P = R = 1/2
    assertThat(s.pairwisePrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.pairwiseRecall()).isCloseTo(0.5, within(1e-9));
    assertThat(s.pairwiseF1()).isCloseTo(0.5, within(1e-9));
    assertThat(s.items()).isEqualTo(5);
  }

  @Test
  void allSingletons_havePerfectPrecision_andLowRecall() {
    Map<String, String> gold = Map.of("a", "1", "b", "1", "c", "1", "d", "1");
    ClusterScores s = ClusterScores.of(gold, Map.of());
    assertThat(s.bcubedPrecision()).isEqualTo(1.0);
    assertThat(s.bcubedRecall()).isCloseTo(0.25, within(1e-9));
    assertThat(s.pairwisePrecision()).isEqualTo(1.0);
    assertThat(s.pairwiseRecall()).isEqualTo(0.0);
    assertThat(s.pairwiseF1()).isEqualTo(0.0);
  }

  @Test
  void oneBigCluster_hasPerfectRecall() {
    Map<String, String> gold = Map.of("a", "1", "b", "2");
    ClusterScores s = ClusterScores.of(gold, Map.of("a", "x", "b", "x"));
    assertThat(s.bcubedRecall()).isEqualTo(1.0);
    assertThat(s.bcubedPrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.pairwisePrecision()).isEqualTo(0.0);
  }
}
