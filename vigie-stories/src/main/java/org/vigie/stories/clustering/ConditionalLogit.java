package org.vigie.stories.clustering;

import java.util.Arrays;
import java.util.List;

/**
 * A conditional logit ("which of these, or none") fitted by Newton's method: each article chooses among its
 * candidate stories and the option of starting a new story, with probability proportional to
 * {@code exp(intercept + w·x)} for a candidate and {@code exp(0)} for a new story. Columns are standardised for the
 * L2 penalty and the weights returned on the original scale. Unlike a per-pair logistic regression, the fit only
 * learns from how candidates of the same article compare with each other and with starting a story, which is the
 * decision the clusterer makes.
 */
final class ConditionalLogit {
  private static final int MAX_STEPS = 60;
  private static final double TOLERANCE = 1e-9;

  /** The fitted intercept and weights, on the scale of the input columns. */
  record Fit(double intercept, double[] weights) {}

  private ConditionalLogit() {}

  /**
   * @param rows     the features of every candidate of every article
   * @param article  for each row, the article it belongs to: rows of one article are contiguous
   * @param chosen   for each row, whether it is the article's gold story (at most one per article)
   * @param signs    for each column, +1 when its weight may not be negative, -1 when it may not be positive, 0
   *                 when it is free
   * @param l2       the penalty on the squared standardised weights, not on the intercept
   */
  static Fit fit(List<double[]> rows, int[] article, boolean[] chosen, int[] signs, double l2) {
    int n = rows.size();
    if (n == 0 || n != article.length || n != chosen.length) {
      throw new IllegalArgumentException("need one article and one label per row, and at least one row");
    }
    int d = rows.getFirst().length;
    if (signs.length != d) {
      throw new IllegalArgumentException("need one sign per column");
    }
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        mean[j] += row[j] / n;
      }
    }
    for (double[] row : rows) {
      for (int j = 0; j < d; j++) {
        scale[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1;
    }
    int p = d + 1;
    double[][] z = new double[n][p];
    for (int i = 0; i < n; i++) {
      z[i][0] = 1;
      for (int j = 0; j < d; j++) {
        z[i][j + 1] = (rows.get(i)[j] - mean[j]) / scale[j];
      }
    }
    double[] w = new double[p];
    double[] expected = new double[p];
    double[] prob = new double[n];
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] gradient = new double[p];
      double[][] hessian = new double[p][p];
      int start = 0;
      while (start < n) {
        int end = start;
        while (end < n && article[end] == article[start]) {
          end++;
        }
        double max = 0; // the new-story option scores 0
        for (int i = start; i < end; i++) {
          prob[i] = dot(w, z[i]);
          max = Math.max(max, prob[i]);
        }
        double total = Math.exp(-max);
        for (int i = start; i < end; i++) {
          prob[i] = Math.exp(prob[i] - max);
          total += prob[i];
        }
        Arrays.fill(expected, 0);
        for (int i = start; i < end; i++) {
          prob[i] /= total;
          for (int j = 0; j < p; j++) {
            expected[j] += prob[i] * z[i][j];
          }
        }
        for (int i = start; i < end; i++) {
          if (chosen[i]) {
            for (int j = 0; j < p; j++) {
              gradient[j] -= z[i][j];
            }
          }
          for (int j = 0; j < p; j++) {
            double pz = prob[i] * z[i][j];
            for (int k = 0; k <= j; k++) {
              hessian[j][k] += pz * z[i][k];
            }
          }
        }
        for (int j = 0; j < p; j++) {
          gradient[j] += expected[j];
          for (int k = 0; k <= j; k++) {
            hessian[j][k] -= expected[j] * expected[k];
          }
        }
        start = end;
      }
      for (int j = 0; j < p; j++) {
        for (int k = 0; k < j; k++) {
          hessian[k][j] = hessian[j][k];
        }
        if (j > 0) {
          gradient[j] += l2 * w[j];
          hessian[j][j] += l2;
        }
        hessian[j][j] += 1e-9;
      }
      // Projected Newton: a weight held at its bound by a gradient pushing past it stays out of the step.
      boolean[] free = new boolean[p];
      int freeCount = 0;
      for (int j = 0; j < p; j++) {
        int sign = j == 0 ? 0 : signs[j - 1];
        free[j] = !(sign > 0 && w[j] <= 0 && gradient[j] > 0 || sign < 0 && w[j] >= 0 && gradient[j] < 0);
        freeCount += free[j] ? 1 : 0;
      }
      int[] index = new int[freeCount];
      for (int j = 0, f = 0; j < p; j++) {
        if (free[j]) {
          index[f++] = j;
        }
      }
      double[][] h = new double[freeCount][freeCount];
      double[] g = new double[freeCount];
      for (int a = 0; a < freeCount; a++) {
        g[a] = gradient[index[a]];
        for (int b = 0; b < freeCount; b++) {
          h[a][b] = hessian[index[a]][index[b]];
        }
      }
      double[] delta = solve(h, g);
      double current = objective(w, z, article, chosen, l2);
      double[] next = w.clone();
      for (double t = 1; ; t /= 2) { // backtracking: a full Newton step may overshoot, and projection may bend it
        for (int a = 0; a < freeCount; a++) {
          int j = index[a];
          next[j] = w[j] - t * delta[a];
          int sign = j == 0 ? 0 : signs[j - 1];
          if (sign > 0 && next[j] < 0 || sign < 0 && next[j] > 0) {
            next[j] = 0;
          }
        }
        if (objective(next, z, article, chosen, l2) <= current || t < 1e-6) {
          break;
        }
      }
      double change = 0;
      for (int j = 0; j < p; j++) {
        change = Math.max(change, Math.abs(next[j] - w[j]));
        w[j] = next[j];
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    double intercept = w[0];
    double[] weights = new double[d];
    for (int j = 0; j < d; j++) {
      weights[j] = w[j + 1] / scale[j];
      intercept -= weights[j] * mean[j];
    }
    return new Fit(intercept, weights);
  }

  /** The penalised negative log-likelihood of the choices under standardised weights {@code w}. */
  private static double objective(double[] w, double[][] z, int[] article, boolean[] chosen, double l2) {
    double total = 0;
    int n = z.length;
    int start = 0;
    while (start < n) {
      int end = start;
      while (end < n && article[end] == article[start]) {
        end++;
      }
      double max = 0;
      double picked = 0;
      double[] scores = new double[end - start];
      for (int i = start; i < end; i++) {
        scores[i - start] = dot(w, z[i]);
        max = Math.max(max, scores[i - start]);
        if (chosen[i]) {
          picked = scores[i - start];
        }
      }
      double sum = Math.exp(-max);
      for (double score : scores) {
        sum += Math.exp(score - max);
      }
      total += max + Math.log(sum) - picked;
      start = end;
    }
    double penalty = 0;
    for (int j = 1; j < w.length; j++) {
      penalty += w[j] * w[j];
    }
    return total + l2 / 2 * penalty;
  }

  /** Solves {@code a x = b} for a symmetric positive definite {@code a} by Cholesky decomposition. */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = a[i][j];
        for (int k = 0; k < j; k++) {
          sum -= l[i][k] * l[j][k];
        }
        if (i == j) {
          l[i][i] = Math.sqrt(Math.max(sum, 1e-12));
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int k = 0; k < i; k++) {
        sum -= l[i][k] * y[k];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double sum = y[i];
      for (int k = i + 1; k < n; k++) {
        sum -= l[k][i] * x[k];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }

  private static double dot(double[] w, double[] z) {
    double s = 0;
    for (int j = 0; j < w.length; j++) {
      s += w[j] * z[j];
    }
    return s;
  }
}
