package org.vigie.model;

/**
 * One sentence: its character span, and its tokens as the half-open range {@code [firstToken, endToken)} of
 * the document's token list.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
  public Sentence {
    Spans.check(start, end);
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("bad token range [" + firstToken + ", " + endToken + ")");
    }
  }
}
