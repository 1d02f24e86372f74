package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.AnalyzedArticle;

/** Crashes between the database commit and the index commit heal when the store is next opened. */
class CrashHealingTest {
  @TempDir Path dir;

  @Test
  void crashAfterDatabaseCommit_reopenIndexesEveryAcknowledgedArticleOnce() throws IOException {
    EmbeddedStore store = EmbeddedStore.open(dir);
    for (int i = 0; i < 5; i++) {
      store.put(generated(i), null);
    }
    store.commitIndex();
    for (int i = 5; i < 10; i++) {
      store.put(generated(i), null); // in the index, not yet committed
    }
    store.indexingSuspended = true;
    for (int i = 10; i < 13; i++) {
      assertThat(store.put(generated(i), null)).isEqualTo(PutResult.NEW); // in the database only
    }
    assertThat(store.health().indexed()).isEqualTo(10);
    store.simulateCrash();

    try (Store reopened = Store.openEmbedded(dir)) {
      assertThat(reopened.health()).isEqualTo(new Health(13, 0, 13, Migrations.SCRIPTS.size()));
      assertThat(reopened.search("bulletin", 100).total()).isEqualTo(13);
      for (int i = 0; i < 13; i++) {
        assertThat(reopened.search("marqueur" + i, 10).hits()).extracting(SearchResult.Hit::articleId)
            .containsExactly("gen-" + i);
      }
      // Re-running the interrupted ingest changes nothing.
      for (int i = 0; i < 13; i++) {
        assertThat(reopened.put(generated(i), null)).isEqualTo(PutResult.DUPLICATE);
      }
      assertThat(reopened.health()).isEqualTo(new Health(13, 0, 13, Migrations.SCRIPTS.size()));
    }
  }

  @Test
  void crashBeforeAnyIndexCommit_healsToo() throws IOException {
    EmbeddedStore store = EmbeddedStore.open(dir);
    store.indexingSuspended = true;
    store.put(generated(0), null);
    store.simulateCrash();

    try (Store reopened = Store.openEmbedded(dir)) {
      assertThat(reopened.health().indexed()).isEqualTo(1);
      assertThat(reopened.search("marqueur0", 10).total()).isEqualTo(1);
    }
  }

  @Test
  void lostIndex_isRebuiltFromTheDatabase() throws IOException {
    try (Store store = Store.openEmbedded(dir)) {
      for (int i = 0; i < 4; i++) {
        store.put(generated(i), null);
      }
    }
    try (Stream<Path> files = Files.list(dir.resolve(EmbeddedStore.INDEX_DIR))) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }

    try (Store store = Store.openEmbedded(dir)) {
      assertThat(store.health()).isEqualTo(new Health(4, 0, 4, Migrations.SCRIPTS.size()));
      assertThat(store.search("bulletin", 10).total()).isEqualTo(4);
    }
  }

  @Test
  void corruptIndex_isRebuiltFromTheDatabase() throws IOException {
    try (Store store = Store.openEmbedded(dir)) {
      for (int i = 0; i < 3; i++) {
        store.put(generated(i), null);
      }
    }
    try (Stream<Path> files = Files.list(dir.resolve(EmbeddedStore.INDEX_DIR))) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }

    try (Store store = Store.openEmbedded(dir)) {
      assertThat(store.health()).isEqualTo(new Health(3, 0, 3, Migrations.SCRIPTS.size()));
      assertThat(store.search("marqueur2", 10).total()).isEqualTo(1);
    }
  }

  @Test
  void indexFromAnotherDatabase_isRebuilt() throws IOException {
    try (Store store = Store.openEmbedded(dir)) {
      for (int i = 0; i < 3; i++) {
        store.put(generated(i), null);
      }
    }
    Files.delete(dir.resolve(Database.FILE));
    Files.deleteIfExists(dir.resolve(Database.FILE + "-wal"));
    Files.deleteIfExists(dir.resolve(Database.FILE + "-shm"));

    try (Store store = Store.openEmbedded(dir)) {
      assertThat(store.health()).isEqualTo(new Health(0, 0, 0, Migrations.SCRIPTS.size()));
      assertThat(store.search("bulletin", 10).total()).isZero();
    }
  }

  static AnalyzedArticle generated(int i) {
    return Articles.article("gen-" + i)
        .title("Bulletin numéro " + i)
        .body("Ce bulletin généré porte le marqueur" + i + " et parle de négociations.")
        .language("fr")
        .outlet("Agence " + (i % 3))
        .published("2026-01-" + String.format("%02d", 1 + i % 28))
        .build();
  }
}
