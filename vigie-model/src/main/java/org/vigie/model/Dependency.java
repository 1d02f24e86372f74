package org.vigie.model;

import java.util.Objects;

/**
 * One token's place in a dependency parse (Universal Dependencies relations).
 *
 * @param token    the token, as an index into the document's token list
 * @param head     the token it depends on, as an index into the same list, or {@link #ROOT} for the sentence's root
 * @param relation the relation to the head ("nsubj", "ccomp", "obl:arg", ...; "root" for the root)
 * @param lemma    the token's dictionary form ("déclarer" for "a déclaré", "say" for "said"), lower case
 */
public record Dependency(int token, int head, String relation, String lemma) {
  public static final int ROOT = -1;

  public Dependency {
    if (token < 0 || head < ROOT) {
      throw new IllegalArgumentException("bad dependency " + head + " -> " + token);
    }
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(lemma, "lemma");
  }
}
