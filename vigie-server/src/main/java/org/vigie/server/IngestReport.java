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
 * @param errors     inputs, or items inside them, that could not be read or stored, with the reason
 * @param skipped    files of a folder that hold no article format
 */
public record IngestReport(
    List<String> added, List<Duplicate> duplicates, List<ItemError> errors, List<Skipped> skipped) {
  public IngestReport {
    added = List.copyOf(added);
    duplicates = List.copyOf(duplicates);
    errors = List.copyOf(errors);
    skipped = List.copyOf(skipped);
  }
}
