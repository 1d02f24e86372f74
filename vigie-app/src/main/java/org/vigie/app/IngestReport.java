package org.vigie.app;

import java.util.ArrayList;
import java.util.List;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.ResultCollector;
import org.vigie.ingest.Skipped;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;

/**
 * What one ingest did, gathered whole: for ingests small enough to hold (a POST, a feed, a test); a long stream
 * reports through an {@link IngestListener} instead.
 *
 * @param added      ids of the articles stored by this ingest
 * @param duplicates inputs whose article was already read in the same batch or already stored
 * @param conflicts  articles sent under the id of a stored article with other content: refused, the stored one kept
 * @param errors     inputs, or items inside them, that could not be read or stored, with the reason
 * @param skipped    files of a folder that hold no article format
 */
public record IngestReport(
    List<String> added, List<Duplicate> duplicates, List<ItemError> conflicts, List<ItemError> errors,
    List<Skipped> skipped) {
  public IngestReport {
    added = List.copyOf(added);
    duplicates = List.copyOf(duplicates);
    conflicts = List.copyOf(conflicts);
    errors = List.copyOf(errors);
    skipped = List.copyOf(skipped);
  }

  /** A listener that gathers everything into a report, passing progress on. */
  public static final class Collector implements IngestListener {
    private final List<String> added = new ArrayList<>();
    private final List<ItemError> conflicts = new ArrayList<>();
    /** The outcomes a read has too: duplicates, errors, skipped files. */
    private final ResultCollector read = new ResultCollector();
    private final IngestListener progress;

    public Collector() {
      this(new IngestListener() {});
    }

    /** @param progress told of the progress, nothing else */
    public Collector(IngestListener progress) {
      this.progress = progress;
    }

    @Override
    public void added(String articleId) {
      added.add(articleId);
    }

    @Override
    public void duplicate(Duplicate duplicate) {
      read.duplicate(duplicate);
    }

    @Override
    public void conflict(ItemError conflict) {
      conflicts.add(conflict);
    }

    @Override
    public void error(ItemError error) {
      read.error(error);
    }

    @Override
    public void skipped(Skipped file) {
      read.skipped(file);
    }

    @Override
    public void progress(int done, int read) {
      progress.progress(done, read);
    }

    public IngestReport report() {
      IngestResult outcomes = read.result();
      return new IngestReport(added, outcomes.duplicates(), conflicts, outcomes.errors(), outcomes.skipped());
    }
  }
}
