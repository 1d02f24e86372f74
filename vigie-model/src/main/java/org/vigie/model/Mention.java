package org.vigie.model;

import java.util.Objects;

/** A span of the text that names something. */
public record Mention(int start, int end, String text) {
  public Mention {
    Spans.check(start, end);
    Objects.requireNonNull(text, "text");
  }
}
