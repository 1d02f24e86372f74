package org.vigie.stories.clustering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learned part of story assignment: a linear score over the {@link PairFeatures} of an article and a candidate
 * story — the log-odds of the article joining that story rather than starting a new one, fitted as a conditional
 * logit (see {@link AssignmentTrainer}). The best candidate takes the article when its score is positive, that is
 * when joining it is likelier than starting a story: the "new story" decision is the model's own, with no threshold
 * set by hand.
 *
 * <p>A model is a small text file: comment lines ({@code #}), then one name, a tab and a number per line —
 * {@code intercept} and one weight per pair feature. {@link #shipped()} is the model trained on the shared
 * evaluation corpora; {@code vigie train clusters} writes new ones.
 */
public final class AssignmentModel {
  private static final String RESOURCE = "assignment-model.tsv";

  private final double intercept;
  private final double[] weights;
  private final List<String> notes;

  AssignmentModel(double intercept, double[] weights, List<String> notes) {
    if (!Double.isFinite(intercept) || !Arrays.stream(weights).allMatch(Double::isFinite)) {
      throw new IllegalArgumentException("weights must be finite numbers");
    }
    if (weights.length != PairFeatures.NAMES.size()) {
      throw new IllegalArgumentException(
          "expected " + PairFeatures.NAMES.size() + " weights, got " + weights.length);
    }
    this.intercept = intercept;
    this.weights = weights.clone();
    this.notes = List.copyOf(notes);
  }

  /** The model that ships with Vigie (trained on the shared ECB+ and French headline corpora). */
  public static AssignmentModel shipped() {
    try (InputStream in = AssignmentModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the shipped assignment model " + RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model file; an {@link IllegalArgumentException} names the file and what is wrong with it. */
  public static AssignmentModel read(Path file) throws IOException {
    return parse(Files.readString(file), file.toString());
  }

  static AssignmentModel parse(String text, String name) {
    Map<String, Double> values = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.startsWith("#")) {
        notes.add(line.substring(1).strip());
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length != 2) {
        throw new IllegalArgumentException(name + ":" + (n + 1) + ": expected a name, a tab and a number");
      }
      try {
        values.put(cells[0].strip(), Double.parseDouble(cells[1].strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ":" + (n + 1) + ": not a number: " + cells[1].strip(), e);
      }
    }
    List<String> missing = new ArrayList<>();
    for (String required : names()) {
      if (!values.containsKey(required)) {
        missing.add(required);
      }
    }
    List<String> unknown = values.keySet().stream().filter(k -> !names().contains(k)).toList();
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new IllegalArgumentException(name + ": not a model for these pair features (missing " + missing
          + ", unknown " + unknown + "); retrain it with vigie train clusters");
    }
    double[] weights = new double[PairFeatures.NAMES.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = values.get(PairFeatures.NAMES.get(i));
    }
    try {
      return new AssignmentModel(values.get("intercept"), weights, notes);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>(List.of("intercept"));
    names.addAll(PairFeatures.NAMES);
    return names;
  }

  /** The model as a file: notes as comments, then intercept and weights. */
  public String format() {
    StringBuilder out = new StringBuilder();
    for (String note : notes) {
      out.append("# ").append(note).append('\n');
    }
    out.append(line("intercept", intercept));
    for (int i = 0; i < weights.length; i++) {
      out.append(line(PairFeatures.NAMES.get(i), weights[i]));
    }
    return out.toString();
  }

  /** The model as {@link #format} writes it, so that a configuration's text names its model (saved states). */
  @Override
  public String toString() {
    return format();
  }

  public void write(Path file) throws IOException {
    Files.writeString(file, format());
  }

  private static String line(String name, double value) {
    return name + "\t" + String.format(Locale.ROOT, "%.6f", value) + "\n";
  }

  /** The log-odds of joining the candidate story whose pair features are {@code x} rather than starting a story. */
  double score(double[] x) {
    double z = intercept;
    for (int i = 0; i < weights.length; i++) {
      z += weights[i] * x[i];
    }
    return z;
  }

  /** The probability of joining that candidate rather than starting a story: {@link #score} as a probability. */
  static double probability(double score) {
    return 1 / (1 + Math.exp(-score));
  }

  /** The comment lines of the model file (what it was trained on, and how). */
  public List<String> notes() {
    return notes;
  }
}
