package org.vigie.model;

import java.util.Objects;

/**
 * Why one input item could not be read or analysed.
 *
 * @param source  the item's name: a path, a URL, or a path with a line number ({@code feed.jsonl:7})
 * @param message what went wrong, in words a user can act on
 */
public record ItemError(String source, String message) {
  public ItemError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }
}
