package org.vigie.store;

/** A store could not be opened, read or written; the message says which store and what went wrong. */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
