package org.vigie.model;

import org.jspecify.annotations.Nullable;

/**
 * Something someone said, with the span of its words in the text.
 *
 * @param direct  true for quoted words, false for reported speech ("X a affirmé que ...")
 * @param cue     the verb or phrase that introduces it ("a déclaré", "selon"), when there is one
 * @param speaker who said it, when the article says
 */
public record Quote(
    String text, int start, int end, boolean direct, @Nullable String cue, @Nullable Speaker speaker) {
  public Quote {
    Spans.check(start, end);
  }
}
