package org.vigie.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rules of one language, indexed by the first char their matches can begin with: each word start of a text is
 * checked only against the rules that can match there, then each rule runs its pattern at the word starts it kept.
 * Rules keep their rank in the book, which breaks ties between overlapping matches.
 */
final class RuleIndex {
  /** Folded text is lower-case Latin nearly everywhere; rarer first chars are checked against every rule. */
  private static final int TABLE_SIZE = 0x250;

  private final List<Rule> rules;
  private final int[][] byFirstChar = new int[TABLE_SIZE][];
  private final int[] everyRule;

  RuleIndex(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    everyRule = new int[rules.size()];
    Arrays.setAll(everyRule, i -> i);
    for (char c = 0; c < TABLE_SIZE; c++) {
      char first = c;
      byFirstChar[c] = Arrays.stream(everyRule).filter(i -> rules.get(i).starts().mayStartWith(first)).toArray();
    }
  }

  /** The same rules without their start filters: every rule is tried at every word start. */
  RuleIndex withoutStartFilters() {
    return new RuleIndex(rules.stream().map(Rule::withoutStartFilter).toList());
  }

  /** Every match of every rule that starts at a word start of {@code source}, nested and overlapping ones included. */
  List<Candidate> candidates(Source source) {
    String folded = source.folded();
    int[] wordStarts = source.wordStarts();
    int[][] startsOf = new int[rules.size()][];
    int[] counts = new int[rules.size()];
    for (int wordStart : wordStarts) {
      char first = folded.charAt(wordStart);
      for (int rule : first < TABLE_SIZE ? byFirstChar[first] : everyRule) {
        if (!rules.get(rule).starts().mayMatchAt(folded, wordStart)) {
          continue;
        }
        if (startsOf[rule] == null) {
          startsOf[rule] = new int[8];
        } else if (counts[rule] == startsOf[rule].length) {
          startsOf[rule] = Arrays.copyOf(startsOf[rule], counts[rule] * 2);
        }
        startsOf[rule][counts[rule]++] = wordStart;
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int rule = 0; rule < rules.size(); rule++) {
      if (counts[rule] > 0) {
        rules.get(rule).findAt(source, startsOf[rule], counts[rule], rule, candidates);
      }
    }
    return candidates;
  }
}
