package org.vigie.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.vigie.nlp.Pipeline;
import org.vigie.store.Store;

/**
 * One open Vigie data directory: the composition root of the application. It holds the store, the stories (the
 * clusterer and the dossiers it keeps written), and the ingest service over both. The CLI and the server share it;
 * close it to release the store.
 */
public final class Vigie implements AutoCloseable {
  private final Store store;
  private final StoryDesk stories;
  private final IngestService ingest;

  private Vigie(Store store, StoryDesk stories, IngestService ingest) {
    this.store = store;
    this.stories = stories;
    this.ingest = ingest;
  }

  /**
   * Opens (or creates) the store in {@code dataDir} and its stories.
   *
   * @param pipeline the process's one pipeline, asked for on the first article to analyse
   * @param threads  analysis threads
   */
  public static Vigie open(Path dataDir, Supplier<Pipeline> pipeline, int threads) {
    Objects.requireNonNull(pipeline, "pipeline");
    Store store = Store.openEmbedded(dataDir);
    try {
      StoryDesk stories = StoryDesk.open(store);
      return new Vigie(store, stories, new IngestService(store, pipeline, stories, threads));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** The store: its queries are what the server and the CLI show. */
  public Store store() {
    return store;
  }

  public IngestService ingest() {
    return ingest;
  }

  /** The ids of the stories the clusterer holds now. */
  public java.util.List<String> storyIds() {
    return stories.storyIds();
  }

  @Override
  public void close() {
    store.close();
  }
}
