package org.vigie.store;

/** The store's directory is held by another process (or another open store in this one): one writer at a time. */
public final class StoreInUseException extends StoreException {
  public StoreInUseException(String message) {
    super(message);
  }
}
