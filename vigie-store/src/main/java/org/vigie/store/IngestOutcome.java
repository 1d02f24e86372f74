package org.vigie.store;

/** An input that did not become an article, as the completeness ledger counts it ({@link Store#recordOutcome}). */
public enum IngestOutcome {
  /** Already stored, or already read in the same batch. */
  DUPLICATE,
  /** Unreadable, invalid, refused as a conflict, or failed to store. */
  ERROR
}
