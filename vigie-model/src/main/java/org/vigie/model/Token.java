package org.vigie.model;

import java.util.Objects;

/**
 * One token.
 *
 * @param text the covered text, always {@code text().substring(start, end)} of the document
 * @param word the word the tagger saw: equal to {@code text} except for multi-word tokens, where French "du"
 *             yields two tokens "de" and "le" that share the span of "du"
 * @param pos  the universal part-of-speech tag (NOUN, PROPN, VERB, ...)
 * @param ner  the named-entity class of the token: one of {@link EntityType}'s names, or {@link #OUTSIDE}
 */
public record Token(int start, int end, String text, String word, String pos, String ner) {
  public static final String OUTSIDE = "O";

  public Token {
    Spans.check(start, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(word, "word");
  }
}
