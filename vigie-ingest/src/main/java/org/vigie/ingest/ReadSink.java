package org.vigie.ingest;

import org.vigie.model.Article;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;

/**
 * Where a streamed read delivers what it finds, one item at a time and in input order, so that a read of any size
 * holds one input item in memory, not the whole read. Called from the reading thread.
 */
public interface ReadSink {
  void article(Article article);

  /** An input whose id or content an earlier article of the same read already had. */
  void duplicate(Duplicate duplicate);

  /** An input, or an item inside it, that could not be read. */
  void error(ItemError error);

  /** A file of a folder that holds no article format. */
  void skipped(Skipped skipped);
}
