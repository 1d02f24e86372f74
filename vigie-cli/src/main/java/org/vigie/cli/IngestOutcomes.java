package org.vigie.cli;

import java.io.PrintWriter;
import org.vigie.app.IngestListener;
import org.vigie.ingest.Skipped;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;

/**
 * What {@code vigie ingest} prints on stdout: every input that was skipped, a duplicate, a conflict or a failure, as
 * it happens, then one line of counts. It holds counts only, so a backfill of millions is reported in bounded memory.
 */
final class IngestOutcomes implements IngestListener {
  private final PrintWriter out;
  private final IngestListener progress;
  private long added;
  private long duplicates;
  private long conflicts;
  private long errors;

  /** @param progress told of the progress */
  IngestOutcomes(PrintWriter out, IngestListener progress) {
    this.out = out;
    this.progress = progress;
  }

  @Override
  public void added(String articleId) {
    added++;
  }

  @Override
  public void duplicate(Duplicate duplicate) {
    duplicates++;
    out.println("duplicate: " + duplicate.source() + " (article " + duplicate.duplicateOf() + ")");
  }

  @Override
  public void conflict(ItemError conflict) {
    conflicts++;
    out.println("conflict: " + conflict.source() + ": " + conflict.message());
  }

  @Override
  public void error(ItemError error) {
    errors++;
    out.println("failed: " + error.source() + ": " + error.message());
  }

  @Override
  public void skipped(Skipped skipped) {
    out.println("skipped: " + skipped.source() + ": " + skipped.reason());
  }

  @Override
  public void progress(int done, int read) {
    progress.progress(done, read);
  }

  /** Articles read from the inputs: stored, duplicates and conflicts. */
  long articles() {
    return added + duplicates + conflicts;
  }

  boolean clean() {
    return errors == 0 && conflicts == 0;
  }

  String summary(Object where) {
    return String.format("ingested into %s: %d new, %d duplicate(s), %d conflict(s), %d failed", where, added,
        duplicates, conflicts, errors);
  }
}
