package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentReadsTest {

  /** What the ring must agree with: insertion-ordered maps that drop their eldest entry past the capacity. */
  private record Remembered(String source, long content) {}

  @Test
  void agreesWithBoundedMaps_throughGrowthWrapsAndCollidingHashes() {
    int capacity = 3_000; // above the first length, so the arrays grow before the ring wraps
    RecentReads ring = new RecentReads(capacity);
    Map<String, Remembered> byId = bounded(capacity);
    Map<Long, String> byContent = bounded(capacity);
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      // ids built of "Aa" and "BB" share String.hashCode, which the ring must not rely on; few contents, many repeats
      String id = (random.nextBoolean() ? "Aa" : "BB") + (random.nextBoolean() ? "Aa" : "BB") + random.nextInt(2_000);
      long content = random.nextInt(4_000) * 0x1_0000_0000L; // high bits only: Long.hashCode must fold them in
      int slot = ring.withId(id);
      Remembered expected = byId.get(id);
      assertThat(slot >= 0).as("id %s at step %d", id, n).isEqualTo(expected != null);
      if (expected != null) {
        assertThat(ring.content(slot)).isEqualTo(expected.content());
        assertThat(ring.source(slot)).isEqualTo(expected.source());
        continue;
      }
      assertThat(ring.idWithContent(content)).as("content at step %d", n).isEqualTo(byContent.get(content));
      if (byContent.containsKey(content)) {
        continue;
      }
      ring.add(id, "file:" + n, content);
      byId.put(id, new Remembered("file:" + n, content));
      byContent.put(content, id);
    }
  }

  @Test
  void forgetsTheOldestOnceFull() {
    RecentReads ring = new RecentReads(2);
    ring.add("a", "f:1", 1);
    ring.add("b", "f:2", 2);
    ring.add("c", "f:3", 3);
    assertThat(ring.withId("a")).isNegative();
    assertThat(ring.idWithContent(1)).isNull();
    assertThat(ring.source(ring.withId("b"))).isEqualTo("f:2");
    assertThat(ring.idWithContent(3)).isEqualTo("c");
  }

  private static <K, V> Map<K, V> bounded(int capacity) {
    return new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
