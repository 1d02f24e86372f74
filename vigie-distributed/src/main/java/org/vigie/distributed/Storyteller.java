package org.vigie.distributed;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.vigie.app.IngestListener;
import org.vigie.app.Vigie;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;
import org.vigie.store.RecordCodec;

/**
 * The one ordered writer: reads the analysed topic (one partition) in the {@value Topics#STORYTELLER} group,
 * assigns each article to a story with the application's clusterer and writes articles, stories and dossiers to the
 * store, then commits the offsets. The clusterer's state is saved with the store as in a local ingest, so a restart
 * resumes from the last committed offset: what the store holds already is reported as a duplicate and not assigned
 * again, and the clusterer replays only the articles stored after its last saved state.
 */
public final class Storyteller implements AutoCloseable {
  /** Analysed articles handed to the application at once: a few hundred milliseconds of clustering and writing. */
  private static final int BATCH = 64;

  private final LogReader<AnalyzedArticle> reader;
  private final Vigie vigie;
  private final Consumer<String> notices;
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();

  /** @param vigie the application over the store to write; the storyteller does not close it */
  public Storyteller(String bootstrap, Vigie vigie, Consumer<String> notices) {
    this.vigie = vigie;
    this.notices = notices;
    this.reader = new LogReader<>(bootstrap, Topics.STORYTELLER, Topics.ANALYSED, BATCH,
        RecordCodec::decodeAnalysed, notices);
  }

  /** Consumes and writes until {@link #close()} is called from another thread. */
  public void run() {
    reader.run(new LogReader.Handler<>() {
      @Override
      public void handle(List<AnalyzedArticle> batch) {
        write(batch);
      }

      @Override
      public void idle() {
        vigie.ingest().settle(); // the last stories of a burst get their dossiers now, not at the next burst
      }
    });
  }

  private void write(List<AnalyzedArticle> batch) {
    vigie.ingest().storeAnalysed(batch, new IngestListener() {
      @Override
      public void added(String articleId) {
        stored.incrementAndGet();
      }

      @Override
      public void duplicate(Duplicate duplicate) {
        duplicates.incrementAndGet();
      }

      @Override
      public void conflict(ItemError error) {
        notices.accept(error.message());
      }

      @Override
      public void error(ItemError error) {
        notices.accept(error.message());
      }
    });
  }

  /** Articles stored since this storyteller started. */
  public long stored() {
    return stored.get();
  }

  /** Copies dropped since this storyteller started (articles delivered again after a crash). */
  public long duplicates() {
    return duplicates.get();
  }

  @Override
  public void close() {
    reader.close();
  }
}
