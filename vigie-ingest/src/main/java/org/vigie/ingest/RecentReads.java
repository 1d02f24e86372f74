package org.vigie.ingest;

import java.util.Arrays;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The last {@code capacity} articles of a read, each by id and by content fingerprint, in a ring of parallel arrays
 * that grow to the capacity as the read goes on: about fifty bytes an article beside its id and source, where maps
 * of records and hex strings took four times that. Once full, the oldest article leaves when a new one comes in.
 * Not thread-safe.
 */
final class RecentReads {
  private static final int FIRST_LENGTH = 1_024;

  private final int capacity;
  /** Mixed into every hash, so that input made to collide (ids of one {@link String#hashCode}) cannot be made here. */
  private final long seed = java.util.concurrent.ThreadLocalRandom.current().nextLong();
  private String[] ids;
  private int[] idHashes;
  private String[] sources;
  private long[] contents;
  private SlotTable byId;
  private SlotTable byContent;
  private int next;
  private int size;

  RecentReads(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    this.capacity = capacity;
    int length = Math.min(capacity, FIRST_LENGTH);
    ids = new String[length];
    idHashes = new int[length];
    sources = new String[length];
    contents = new long[length];
    byId = new SlotTable(length);
    byContent = new SlotTable(length);
  }

  /** Lengthens the arrays before the ring has wrapped, while slots 0 .. size - 1 hold the articles in order. */
  private void grow(int length) {
    ids = Arrays.copyOf(ids, length);
    idHashes = Arrays.copyOf(idHashes, length);
    sources = Arrays.copyOf(sources, length);
    contents = Arrays.copyOf(contents, length);
    byId = new SlotTable(length);
    byContent = new SlotTable(length);
    for (int slot = 0; slot < size; slot++) {
      byId.put(idHashes[slot], slot);
      byContent.put(hash(contents[slot]), slot);
    }
  }

  private int hash(String id) {
    long h = seed;
    for (int i = 0; i < id.length(); i++) {
      h = (h ^ id.charAt(i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    return (int) (h ^ (h >>> 32));
  }

  private int hash(long content) {
    long h = (content ^ seed) * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** The slot of the remembered article with this id, or -1. */
  int withId(String id) {
    return byId.find(hash(id), slot -> ids[slot].equals(id));
  }

  /** The id of the remembered article with this content, or null. */
  @Nullable String idWithContent(long content) {
    int slot = byContent.find(hash(content), s -> contents[s] == content);
    return slot < 0 ? null : ids[slot];
  }

  long content(int slot) {
    return contents[slot];
  }

  String source(int slot) {
    return sources[slot];
  }

  /** Remembers an article whose id and content are not remembered yet, forgetting the oldest when full. */
  void add(String id, String source, long content) {
    if (size == ids.length && size < capacity) {
      grow(Math.min(capacity, size * 2));
    }
    int slot = next;
    if (size == ids.length) {
      byId.remove(idHashes[slot], slot, s -> idHashes[s]);
      byContent.remove(hash(contents[slot]), slot, s -> hash(contents[s]));
    } else {
      size++;
    }
    int idHash = hash(id);
    ids[slot] = id;
    idHashes[slot] = idHash;
    sources[slot] = source;
    contents[slot] = content;
    byId.put(idHash, slot);
    byContent.put(hash(content), slot);
    next = (slot + 1) % capacity; // the arrays are as long as the capacity by the time the ring wraps
  }

  /** Open addressing from a key's hash to ring slots, half full at most; removal shifts the run back. */
  private static final class SlotTable {
    private final int[] table;
    private final int mask;

    SlotTable(int slots) {
      int length = Integer.highestOneBit(Math.max(2, slots) * 2 - 1) << 1;
      table = new int[length];
      mask = length - 1;
    }

    int find(int hash, IntPredicate matches) {
      for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
        int at = table[i];
        if (at == 0) {
          return -1;
        }
        if (matches.test(at - 1)) {
          return at - 1;
        }
      }
    }

    void put(int hash, int slot) {
      int i = spread(hash) & mask;
      while (table[i] != 0) {
        i = (i + 1) & mask;
      }
      table[i] = slot + 1;
    }

    /** Removes {@code slot}, moving back the entries after it that its place had pushed along. */
    void remove(int hash, int slot, IntUnaryOperator hashOf) {
      int hole = spread(hash) & mask;
      while (table[hole] != slot + 1) {
        if (table[hole] == 0) {
          return;
        }
        hole = (hole + 1) & mask;
      }
      for (int i = (hole + 1) & mask; table[i] != 0; i = (i + 1) & mask) {
        int home = spread(hashOf.applyAsInt(table[i] - 1)) & mask;
        // the entry at i may fill the hole unless its home lies cyclically after the hole and at or before i
        boolean homeBetween = hole <= i ? hole < home && home <= i : hole < home || home <= i;
        if (!homeBetween) {
          table[hole] = table[i];
          hole = i;
        }
      }
      table[hole] = 0;
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }
}
