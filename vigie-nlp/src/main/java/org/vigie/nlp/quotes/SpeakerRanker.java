package org.vigie.nlp.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a quote's speaker among its candidates ({@link SpeakerCandidates}): a conditional logistic regression, one
 * weight per feature, the candidate with the highest score wins. The weights are learned from gold quotes by {@link
 * #train} ({@code vigie train speakers}); the shipped ones are a resource of this package.
 */
public final class SpeakerRanker {
  private static final String SHIPPED = "speaker-ranker.tsv";
  private static final int EPOCHS = 400;
  private static final double LEARNING_RATE = 0.5;

  private final double[] weights;

  private SpeakerRanker(double[] weights) {
    this.weights = weights.clone();
  }

  /** The weights shipped with Vigie. */
  public static SpeakerRanker shipped() {
    try (InputStream in = SpeakerRanker.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("the speaker ranker's weights are missing: " + SHIPPED);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), SHIPPED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Weights written by {@link #write}. */
  public static SpeakerRanker read(Path file) throws IOException {
    return parse(Files.readString(file), file.toString());
  }

  private static SpeakerRanker parse(String tsv, String source) {
    Map<String, Double> byName = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(new java.io.StringReader(tsv))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 2) {
          throw new IllegalArgumentException(source + ": expected 'feature TAB weight', got '" + line + "'");
        }
        byName.put(fields[0], Double.parseDouble(fields[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double[] weights = new double[SpeakerCandidates.FEATURES.size()];
    for (int i = 0; i < weights.length; i++) {
      String name = SpeakerCandidates.FEATURES.get(i);
      if (!byName.containsKey(name)) {
        throw new IllegalArgumentException(source + ": no weight for the feature " + name);
      }
      weights[i] = byName.get(name);
    }
    return new SpeakerRanker(weights);
  }

  /** Writes the weights, one "feature TAB weight" line each, after {@code notes} as comment lines. */
  public void write(Path file, List<String> notes) throws IOException {
    StringBuilder out = new StringBuilder();
    notes.forEach(note -> out.append("# ").append(note).append('\n'));
    for (int i = 0; i < weights.length; i++) {
      out.append(SpeakerCandidates.FEATURES.get(i)).append('\t').append(String.format(java.util.Locale.ROOT,
          "%.4f", weights[i])).append('\n');
    }
    Files.writeString(file, out.toString());
  }

  /** The place of a feature in the vectors, by its name in the weights file. */
  public static int featureIndex(String name) {
    int index = SpeakerCandidates.FEATURES.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no speaker feature " + name);
    }
    return index;
  }

  double score(double[] features) {
    return dot(weights, features);
  }

  /** The index of the best of {@code candidates}' feature vectors; the first on ties. */
  public int choose(List<double[]> candidates) {
    int best = 0;
    for (int i = 1; i < candidates.size(); i++) {
      if (score(candidates.get(i)) > score(candidates.get(best))) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Learns the weights that make a right candidate of each quote likely against the others: the log-likelihood of
   * the right ones under a softmax over each quote's candidates, with an L2 penalty, by full-batch gradient ascent.
   *
   * @param quotes each quote's candidates, as feature vectors
   * @param right  for each quote, which of its candidates are right; quotes with none right are left out
   * @param l2     the penalty on the squared weights, per quote
   */
  public static SpeakerRanker train(List<List<double[]>> quotes, List<boolean[]> right, double l2) {
    int size = SpeakerCandidates.FEATURES.size();
    List<Integer> usable = new ArrayList<>();
    for (int q = 0; q < quotes.size(); q++) {
      for (boolean r : right.get(q)) {
        if (r) {
          usable.add(q);
          break;
        }
      }
    }
    double[] weights = new double[size];
    if (usable.isEmpty()) {
      return new SpeakerRanker(weights);
    }
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      double[] gradient = new double[size];
      for (int q : usable) {
        List<double[]> candidates = quotes.get(q);
        double[] scores = new double[candidates.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < scores.length; c++) {
          scores[c] = dot(weights, candidates.get(c));
          max = Math.max(max, scores[c]);
        }
        double all = 0;
        double rightMass = 0;
        for (int c = 0; c < scores.length; c++) {
          scores[c] = Math.exp(scores[c] - max);
          all += scores[c];
          if (right.get(q)[c]) {
            rightMass += scores[c];
          }
        }
        for (int c = 0; c < scores.length; c++) {
          double expected = scores[c] / all;
          double observed = right.get(q)[c] ? scores[c] / rightMass : 0;
          double[] x = candidates.get(c);
          for (int f = 0; f < size; f++) {
            gradient[f] += (observed - expected) * x[f];
          }
        }
      }
      for (int f = 0; f < size; f++) {
        weights[f] += LEARNING_RATE * (gradient[f] / usable.size() - l2 * weights[f]);
      }
    }
    return new SpeakerRanker(weights);
  }

  private static double dot(double[] weights, double[] features) {
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * features[i];
    }
    return sum;
  }
}
