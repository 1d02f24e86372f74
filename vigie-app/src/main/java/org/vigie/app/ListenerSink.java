package org.vigie.app;

import java.util.Objects;
import org.vigie.ingest.ReadSink;
import org.vigie.ingest.Skipped;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;

/**
 * A read's sink that hands what is not an article (a duplicate, an error, a skipped file) straight to an ingest's
 * listener: a subclass says only what becomes of the articles (analysed here, sent to a server, published to a log).
 */
public abstract class ListenerSink implements ReadSink {
  /** Told of every outcome of the ingest. */
  protected final IngestListener listener;

  protected ListenerSink(IngestListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  @Override
  public final void duplicate(Duplicate duplicate) {
    listener.duplicate(duplicate);
  }

  @Override
  public final void error(ItemError error) {
    listener.error(error);
  }

  @Override
  public final void skipped(Skipped skipped) {
    listener.skipped(skipped);
  }
}
