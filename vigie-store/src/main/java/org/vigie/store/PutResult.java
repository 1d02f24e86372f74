package org.vigie.store;

/** What {@link Store#put} did. */
public enum PutResult {
  /** The article was stored; it is durable and searchable. */
  NEW,
  /** An article with the same id was already stored; nothing changed. */
  DUPLICATE
}
