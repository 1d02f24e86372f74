package org.vigie.server;

import java.util.List;
import org.vigie.ingest.Skipped;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;

/**
 * What one ingest did.
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
}
