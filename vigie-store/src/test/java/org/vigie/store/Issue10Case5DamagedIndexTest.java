package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 5: with a {@code .tim} or {@code .cfs} file of the index removed, the store would not open ("Lock
 * held by this virtual machine", "cannot open ... .cfs") although the index is derived data. Opening rebuilds a
 * damaged index from the database and says so.
 */
class Issue10Case5DamagedIndexTest {
  @TempDir Path dir;

  @Test
  void case5_missingCompoundFile_isRebuiltWithANotice() throws IOException {
    fill(3);
    assertThat(removeIndexFiles(".cfs")).as("a small index keeps its segments in compound files").isPositive();
    assertHealed();
  }

  @Test
  void case5_missingTermsFile_isRebuiltWithANotice() throws IOException {
    fill(3);
    fill(3); // a second segment, so that merging has something to do
    // One merged segment is the whole index, too large for a compound file: its .tim stands alone.
    try (FSDirectory index = FSDirectory.open(dir.resolve(EmbeddedStore.INDEX_DIR));
        IndexWriter writer = new IndexWriter(index, new IndexWriterConfig())) {
      writer.forceMerge(1);
    }
    assertThat(removeIndexFiles(".tim")).isPositive();
    assertHealed();
  }

  @Test
  void case5_truncatedFile_isRebuiltWithANotice() throws IOException {
    fill(3);
    try (Stream<Path> files = Files.list(dir.resolve(EmbeddedStore.INDEX_DIR))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".cfs")).toList()) {
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
    }
    assertHealed();
  }

  /** Adds {@code n} more generated articles in one session: one more segment. */
  private void fill(int n) {
    try (Store store = Store.openEmbedded(dir)) {
      long from = store.health().articles();
      for (long i = from; i < from + n; i++) {
        store.put(CrashHealingTest.generated((int) i), null);
      }
    }
  }

  private void assertHealed() {
    long articles;
    List<String> notices = new ArrayList<>();
    try (EmbeddedStore store = EmbeddedStore.open(dir, Migrations.bundled(), notices::add)) {
      articles = store.health().articles();
      assertThat(store.health().indexed()).isEqualTo(articles);
      assertThat(store.search("marqueur2", 10).total()).isEqualTo(1);
    }
    assertThat(notices).anySatisfy(n -> assertThat(n).contains("rebuilt from the database"));
    try (Store again = Store.openEmbedded(dir)) {
      assertThat(again.health().indexed()).isEqualTo(articles);
    }
  }

  private int removeIndexFiles(String suffix) throws IOException {
    int removed = 0;
    try (Stream<Path> files = Files.list(dir.resolve(EmbeddedStore.INDEX_DIR))) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList()) {
        Files.delete(f);
        removed++;
      }
    }
    return removed;
  }
}
