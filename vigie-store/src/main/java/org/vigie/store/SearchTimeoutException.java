package org.vigie.store;

/** A search ran past its time limit and was stopped: the store is busy, or the query matches too much. */
public final class SearchTimeoutException extends StoreException {
  public SearchTimeoutException(String message) {
    super(message);
  }
}
