package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConditionalLogitTest {
  /** Decisions drawn from a known model: score = -1 + 4 x1 - 2 x2 for each candidate, 0 for a new story. */
  private record Drawn(List<double[]> rows, int[] article, boolean[] chosen) {}

  private static Drawn draw(int decisions, long seed) {
    Random random = new Random(seed);
    List<double[]> rows = new ArrayList<>();
    List<Integer> article = new ArrayList<>();
    List<Boolean> chosen = new ArrayList<>();
    for (int d = 0; d < decisions; d++) {
      int candidates = 1 + random.nextInt(4);
      double[] weights = new double[candidates + 1];
      weights[candidates] = 1; // exp(0): the new story
      double total = 1;
      List<double[]> xs = new ArrayList<>();
      for (int c = 0; c < candidates; c++) {
        double[] x = {random.nextDouble(), random.nextDouble()};
        xs.add(x);
        weights[c] = Math.exp(-1 + 4 * x[0] - 2 * x[1]);
        total += weights[c];
      }
      double u = random.nextDouble() * total;
      int pick = candidates;
      for (int c = 0; c <= candidates; c++) {
        u -= weights[c];
        if (u <= 0) {
          pick = c;
          break;
        }
      }
      for (int c = 0; c < candidates; c++) {
        rows.add(xs.get(c));
        article.add(d);
        chosen.add(c == pick);
      }
    }
    boolean[] labels = new boolean[chosen.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = chosen.get(i);
    }
    return new Drawn(rows, article.stream().mapToInt(Integer::intValue).toArray(), labels);
  }

  @Test
  void fit_recoversTheWeightsTheChoicesWereDrawnFrom() {
    Drawn d = draw(6000, 3);
    ConditionalLogit.Fit fit = ConditionalLogit.fit(d.rows(), d.article(), d.chosen(), new int[] {0, 0}, 0.01);
    assertThat(fit.intercept()).isCloseTo(-1, within(0.3));
    assertThat(fit.weights()[0]).isCloseTo(4, within(0.4));
    assertThat(fit.weights()[1]).isCloseTo(-2, within(0.4));
  }

  @Test
  void aSignConstraint_holdsAWeightAtZero_insteadOfLettingItCross() {
    Drawn d = draw(3000, 5);
    ConditionalLogit.Fit fit = ConditionalLogit.fit(d.rows(), d.article(), d.chosen(), new int[] {1, 1}, 0.01);
    assertThat(fit.weights()[0]).isGreaterThan(3);
    assertThat(fit.weights()[1]).isZero();
  }

  @Test
  void aStrongerPenalty_shrinksTheWeights() {
    Drawn d = draw(3000, 7);
    double light = ConditionalLogit.fit(d.rows(), d.article(), d.chosen(), new int[] {0, 0}, 0.01).weights()[0];
    double heavy = ConditionalLogit.fit(d.rows(), d.article(), d.chosen(), new int[] {0, 0}, 3000).weights()[0];
    assertThat(Math.abs(heavy)).isLessThan(Math.abs(light) / 2);
  }
}
