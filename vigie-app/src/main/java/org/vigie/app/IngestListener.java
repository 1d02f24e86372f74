package org.vigie.app;

import org.vigie.ingest.Skipped;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;

/**
 * Told what an ingest does, item by item, as it does it: a stream of any length is reported without being held.
 * Called from the ingesting thread.
 */
public interface IngestListener {
  /** An article stored by this ingest. */
  default void added(String articleId) {}

  /** An input whose article was already read in the same stream, or is already stored. */
  default void duplicate(Duplicate duplicate) {}

  /** An article sent under the id of a stored article with other content: refused, the stored one kept. */
  default void conflict(ItemError conflict) {}

  /** An input, or an item inside it, that could not be read or stored. */
  default void error(ItemError error) {}

  /** A file of a folder that holds no article format. */
  default void skipped(Skipped skipped) {}

  /**
   * After each chunk: how many articles are analysed and stored, out of how many read so far (the whole input
   * once it is read).
   */
  default void progress(int done, int read) {}
}
