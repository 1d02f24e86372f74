package org.vigie.app;

import org.vigie.model.Article;

/**
 * Where a distributed deployment sends the articles to ingest instead of analysing them in this process: an ingest
 * log read by analysis workers (vigie-distributed's Kafka publisher).
 */
public interface IngestLog {
  /**
   * Appends the article, keyed by its id; returns once the log has it.
   *
   * @throws IllegalStateException when the log refuses it or cannot be reached
   */
  void append(Article article);
}
