package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers run while writers write: no errors, and what a reader sees never goes backwards. */
class ConcurrencyTest {
  private static final int ARTICLES = 120;

  @TempDir Path dir;

  @Test
  void readersDuringWrites_seeAGrowingConsistentStore() throws Exception {
    Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try (Store store = Store.openEmbedded(dir)) {
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> {
          long lastTotal = 0;
          long lastArticles = 0;
          while (writing.get()) {
            try {
              long total = store.search("bulletin", 5).total();
              assertThat(total).isGreaterThanOrEqualTo(lastTotal);
              lastTotal = total;
              long articles = store.health().articles();
              assertThat(articles).isGreaterThanOrEqualTo(lastArticles);
              lastArticles = articles;
              store.stories(StoryQuery.all().withEntity("montval"));
              store.quotes(QuoteQuery.all().withSpeaker("darrieux").withLimit(10));
              store.entities("gen");
              store.articles(0, 20);
              Thread.sleep(2);
            } catch (Throwable t) {
              errors.add(t);
              return;
            }
          }
        }));
      }
      // Two writers at once: the store serialises them; each article goes in once whichever wins.
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        writers.add(pool.submit(() -> {
          for (int i = 0; i < ARTICLES; i++) {
            store.put(Generated.article(i), "story-" + (i % 9));
          }
          return null;
        }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
      writing.set(false);
      for (Future<?> reader : readers) {
        reader.get();
      }
      assertThat(errors).isEmpty();
      assertThat(store.health()).isEqualTo(new Health(ARTICLES, 0, ARTICLES, Migrations.SCRIPTS.size()));
      assertThat(store.search("bulletin", 1).total()).isEqualTo(ARTICLES);
    } finally {
      pool.shutdownNow();
    }
  }
}
