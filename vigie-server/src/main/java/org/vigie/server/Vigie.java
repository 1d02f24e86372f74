package org.vigie.server;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.vigie.nlp.Pipeline;
import org.vigie.store.Store;

/**
 * One open Vigie data directory: the store, the stories replayed from it, and the ingest service over both. The
 * CLI commands and the server share it; close it to release the store.
 */
public final class Vigie implements AutoCloseable {
  private final Store store;
  private final StoryBook stories;
  private final IngestService ingest;

  private Vigie(Store store, StoryBook stories, IngestService ingest) {
    this.store = store;
    this.stories = stories;
    this.ingest = ingest;
  }

  /**
   * Opens (or creates) the store in {@code dataDir} and replays its articles into the story clusterer.
   *
   * @param pipeline the process's one pipeline, asked for on the first article to analyse
   */
  public static Vigie open(Path dataDir, Supplier<Pipeline> pipeline, int threads) {
    Objects.requireNonNull(pipeline, "pipeline");
    Store store = Store.openEmbedded(dataDir);
    try {
      StoryBook stories = StoryBook.replay(store);
      return new Vigie(store, stories, new IngestService(store, pipeline, stories, threads));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  public Store store() {
    return store;
  }

  public StoryBook stories() {
    return stories;
  }

  public IngestService ingest() {
    return ingest;
  }

  @Override
  public void close() {
    store.close();
  }
}
