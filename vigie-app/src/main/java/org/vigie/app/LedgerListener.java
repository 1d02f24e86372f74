package org.vigie.app;

import org.jspecify.annotations.Nullable;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;
import org.vigie.ingest.Skipped;
import org.vigie.store.IngestOutcome;
import org.vigie.store.Store;
import org.vigie.store.StoreException;

/**
 * Counts what an ingest refuses (duplicates, conflicts, errors) in the store's completeness ledger, then tells the
 * listener it wraps. Stored articles count themselves when they are put. A ledger that cannot be written is
 * reported as an error of the item; the ingest goes on.
 */
final class LedgerListener implements IngestListener {
  private final Store store;
  private final IngestListener next;

  LedgerListener(Store store, IngestListener next) {
    this.store = store;
    this.next = next;
  }

  @Override
  public void added(String articleId) {
    next.added(articleId);
  }

  @Override
  public void duplicate(Duplicate duplicate) {
    count(IngestOutcome.DUPLICATE, duplicate.duplicateOf(), duplicate.source());
    next.duplicate(duplicate);
  }

  @Override
  public void conflict(ItemError conflict) {
    count(IngestOutcome.ERROR, null, conflict.source());
    next.conflict(conflict);
  }

  @Override
  public void error(ItemError error) {
    count(IngestOutcome.ERROR, null, error.source());
    next.error(error);
  }

  @Override
  public void skipped(Skipped skipped) {
    next.skipped(skipped);
  }

  @Override
  public void progress(int done, int read) {
    next.progress(done, read);
  }

  private void count(IngestOutcome outcome, @Nullable String articleId, String source) {
    try {
      store.recordOutcome(outcome, articleId, source);
    } catch (StoreException e) {
      next.error(new ItemError(source, "not counted in the source ledger: " + e.getMessage()));
    }
  }
}
