package org.vigie.time;

/**
 * A match of one rule, before overlapping matches are resolved: longer wins, then the earlier rule.
 *
 * @param priority the rule's rank in its book (lower wins a tie)
 * @param rule the rule's name, for debugging
 */
record Candidate(int start, int end, Meaning meaning, int priority, String rule) {

  int length() {
    return end - start;
  }
}
