package org.vigie.distributed;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.vigie.app.IngestListener;
import org.vigie.app.Vigie;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;
import org.vigie.store.RecordCodec;
import org.vigie.store.Store;

/**
 * The one ordered writer: reads the analysed topic (one partition) in the {@value Topics#STORYTELLER} group,
 * assigns each article to a story with the application's clusterer and writes articles, stories and dossiers to the
 * store, then commits the offsets. The clusterer's state is saved with the store as in a local ingest, so a restart
 * resumes from the last committed offset: what the store holds already is reported as a duplicate and not assigned
 * again, and the clusterer replays only the articles stored after its last saved state.
 *
 * <p>A standby: the application is opened when the group gives this member the analysed partition, not before, and
 * closed (its state saved) when the partition leaves it. A second storyteller of the group therefore waits with
 * nothing open; when the active one dies, the group gives it the partition and it opens the store as a restarted
 * storyteller would, with every article the other one wrote.
 */
public final class Storyteller implements AutoCloseable {
  /** Analysed articles handed to the application at once: a few hundred milliseconds of clustering and writing. */
  private static final int BATCH = 64;
  /** How long {@link #close()} waits for the consuming thread to save the state and close the store. */
  private static final long CLOSE_WAIT_SECONDS = 60;

  private final LogReader<AnalyzedArticle> reader;
  private final Supplier<Vigie> opener;
  private final Consumer<String> notices;
  private final AtomicLong stored = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile boolean running;
  /** The application, open while this member holds the analysed partition; only the consuming thread uses it. */
  private volatile @Nullable Vigie vigie;

  /**
   * @param opener opens the application over the store to write, when this member is given the analysed partition;
   *     the storyteller closes it when the partition leaves it, or when it stops
   */
  public Storyteller(String bootstrap, Supplier<Vigie> opener, Consumer<String> notices) {
    this.opener = opener;
    this.notices = notices;
    this.reader = new LogReader<>(bootstrap, Topics.STORYTELLER, Topics.ANALYSED, BATCH,
        RecordCodec::decodeAnalysed, notices);
  }

  /**
   * A storyteller writing to the store {@code store} opens (on server engines): the application over it analyses
   * nothing, the workers do.
   */
  public static Storyteller over(String bootstrap, Supplier<Store> store, Consumer<String> notices) {
    return new Storyteller(bootstrap, () -> Vigie.open(store.get(), () -> {
      throw new IllegalStateException("the storyteller analyses nothing: the workers do");
    }, 1), notices);
  }

  /** Consumes and writes until {@link #close()} is called from another thread. */
  public void run() {
    running = true;
    try {
      reader.run(new LogReader.Handler<>() {
        @Override
        public void handle(List<AnalyzedArticle> batch) {
          write(batch);
        }

        @Override
        public void idle() {
          if (vigie != null) {
            vigie.ingest().settle(); // the last stories of a burst get their dossiers now, not at the next burst
          }
        }

        @Override
        public void assigned(Collection<Integer> partitions) {
          if (!partitions.isEmpty() && vigie == null) {
            vigie = opener.get();
            notices.accept("storyteller: writing; the store is open and the stories restored");
          }
        }

        @Override
        public void revoked(Collection<Integer> partitions) {
          if (!partitions.isEmpty()) {
            closeApplication();
            notices.accept("storyteller: on standby; the analysed partition went to another member");
          }
        }
      });
    } finally {
      closeApplication();
      finished.countDown();
    }
  }

  private void closeApplication() {
    if (vigie != null) {
      Vigie open = vigie;
      vigie = null;
      open.close();
    }
  }

  /** Whether this member holds the analysed partition and writes; else it is on standby. */
  public boolean writing() {
    return vigie != null;
  }

  private void write(List<AnalyzedArticle> batch) {
    Vigie open = vigie;
    if (open == null) {
      throw new IllegalStateException("records of a partition the group did not give this storyteller");
    }
    open.ingest().storeAnalysed(batch, new IngestListener() {
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

  /** Stops consuming and, when it was running, waits until it has saved the state and closed the store. */
  @Override
  public void close() {
    reader.close();
    if (running) {
      try {
        if (!finished.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
          notices.accept("storyteller: still closing the store after " + CLOSE_WAIT_SECONDS + " s");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
