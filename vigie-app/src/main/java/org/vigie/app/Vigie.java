package org.vigie.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
    return open(Store.openEmbedded(dataDir), pipeline, threads);
  }

  /**
   * Runs the application over an open store (the server engines' one, {@link Store#openServer}); closing the
   * application closes it.
   */
  public static Vigie open(Store store, Supplier<Pipeline> pipeline, int threads) {
    return open(store, pipeline, threads, null);
  }

  /**
   * Runs the application over an open store, ingesting through {@code ingestLog} when one is given: an ingest then
   * appends the articles that the store does not hold to the log, for the workers to analyse, and analyses nothing
   * here.
   */
  public static Vigie open(Store store, Supplier<Pipeline> pipeline, int threads, @Nullable IngestLog ingestLog) {
    Objects.requireNonNull(pipeline, "pipeline");
    try {
      System.Logger log = System.getLogger(Vigie.class.getName());
      StoryDesk stories = StoryDesk.open(store, notice -> log.log(System.Logger.Level.WARNING, notice));
      try {
        return new Vigie(store, stories, new IngestService(store, pipeline, stories, threads, ingestLog));
      } catch (RuntimeException e) {
        stories.close();
        throw e;
      }
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

  /** The ids of the stories the clusterer holds now (those of its window, and any made since it was opened). */
  public java.util.List<String> storyIds() {
    return stories.storyIds();
  }

  /** Brings every dossier up to date, saves the clusterer's state with the store, and closes the store. */
  @Override
  public void close() {
    try {
      stories.close();
      ingest.checkpoint();
    } finally {
      store.close();
    }
  }
}
