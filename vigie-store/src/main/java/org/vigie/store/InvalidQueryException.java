package org.vigie.store;

/** A search query the store cannot run as written; the message says what to change. */
public final class InvalidQueryException extends IllegalArgumentException {
  public InvalidQueryException(String message) {
    super(message);
  }
}
