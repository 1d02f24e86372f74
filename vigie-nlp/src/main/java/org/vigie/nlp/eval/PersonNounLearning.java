package org.vigie.nlp.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.vigie.nlp.lexicon.FrenchLemmas;
import org.vigie.text.Folding;

/**
 * Learns which French nouns name persons from text whose person names are tagged, not from a list: a noun that
 * stands right before a person's name ("le docteur X", "l'abbé Y") far more often than nouns in general do is a
 * person noun. Each lower-case word the dictionary reads only as a noun ("le jeune X", "le petit X" are adjectives)
 * counts under its noun
 * lemmas; a lemma is kept when the one-sided binomial test of its count before a name, against the rate of all nouns,
 * gives p below {@value #SIGNIFICANCE} (a conventional level, not tuned). Reads HIPE-2022 TSV files (coarse column)
 * and token-tag BIO files (IOB1 or IOB2, "PER" / "pers" tags).
 */
public final class PersonNounLearning {
  static final double SIGNIFICANCE = 0.001;
  private static final int MIN_BEFORE = 2;

  private final Map<String, int[]> counts = new HashMap<>(); // lemma → {occurrences, before a name}
  private int nouns;
  private int nounsBefore;

  /** One learned lemma: how often the dictionary's noun occurred, how often right before a name, and p. */
  public record Learned(String lemma, int occurrences, int beforeName, double p) {}

  /** Counts the tokens of one tagged sequence: whether each token opens a person's name, whether it is in one. */
  void count(List<String> tokens, boolean[] opensPerson, boolean[] inPerson) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String word = tokens.get(i);
      if (inPerson[i] || word.isEmpty() || !word.chars().allMatch(Character::isLowerCase)) {
        continue;
      }
      Set<String> lemmas = FrenchLemmas.of(word, FrenchLemmas.WordClass.NOUN);
      if (lemmas.isEmpty() || !FrenchLemmas.of(word, FrenchLemmas.WordClass.VERB).isEmpty()
          || !FrenchLemmas.of(word, FrenchLemmas.WordClass.ADJECTIVE).isEmpty()) {
        continue;
      }
      boolean before = opensPerson[i + 1];
      nouns++;
      nounsBefore += before ? 1 : 0;
      for (String lemma : lemmas) {
        int[] count = counts.computeIfAbsent(Folding.key(lemma), key -> new int[2]);
        count[0]++;
        count[1] += before ? 1 : 0;
      }
    }
  }

  /** Reads a file: HIPE-2022 TSV when its name ends with ".tsv", else one "token TAG" a line. */
  public void read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tagged text " + file, e);
    }
    boolean hipe = file.getFileName().toString().endsWith(".tsv");
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || (hipe && (line.startsWith("#") || line.startsWith("TOKEN\t")))) {
        continue;
      }
      String[] fields = hipe ? line.split("\t", -1) : line.strip().split("\\s+");
      if (fields.length < 2) {
        throw new IllegalArgumentException(file + ": expected a token and a tag in '" + line + "'");
      }
      tokens.add(fields[0]);
      tags.add(fields[1]);
    }
    boolean[] opens = new boolean[tokens.size()];
    boolean[] inside = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String tag = tags.get(i);
      inside[i] = tag.length() > 2 && tag.substring(2).equalsIgnoreCase("per")
          || tag.length() > 2 && tag.substring(2).equalsIgnoreCase("pers");
      // IOB1 opens a name with I- after anything but a person tag
      opens[i] = inside[i] && (tag.startsWith("B-") || i == 0 || !inside[i - 1]);
    }
    count(tokens, opens, inside);
  }

  /** The lemmas that stand before names significantly more often than nouns do, by lemma. */
  public List<Learned> learned() {
    double rate = nouns == 0 ? 0 : (double) nounsBefore / nouns;
    List<Learned> learned = new ArrayList<>();
    new TreeMap<>(counts).forEach((lemma, count) -> {
      if (count[1] >= MIN_BEFORE) {
        double p = binomialTail(count[0], count[1], rate);
        if (p < SIGNIFICANCE) {
          learned.add(new Learned(lemma, count[0], count[1], p));
        }
      }
    });
    return learned;
  }

  /** P(X ≥ k) for X ~ Binomial(n, p), summed in logs. */
  static double binomialTail(int n, int k, double p) {
    if (k <= 0) {
      return 1;
    }
    if (p <= 0) {
      return 0;
    }
    double tail = 0;
    for (int i = k; i <= n; i++) {
      tail += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
    }
    return Math.min(1, tail);
  }

  private static double logChoose(int n, int k) {
    double sum = 0;
    for (int i = 1; i <= k; i++) {
      sum += Math.log(n - k + i) - Math.log(i);
    }
    return sum;
  }
}
