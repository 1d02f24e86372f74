package org.vigie.stories.clustering;

import java.util.Arrays;
import java.util.List;

/**
 * MinHash signatures of word shingles. Deterministic: hashes are computed here (FNV-1a then a SplitMix64 mix per
 * permutation), never from {@code String.hashCode} or random seeds, so signatures are the same in every run.
 */
final class MinHasher {
  private final int shingleSize;
  private final long[] seeds;

  MinHasher(int shingleSize, int permutations) {
    this.shingleSize = shingleSize;
    this.seeds = new long[permutations];
    long state = 0x5EED_0F_71E_5L;
    for (int i = 0; i < permutations; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
  }

  /** The signature of the words' shingles; empty for no words, which then match nothing. */
  long[] signature(List<String> words) {
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] signature = new long[seeds.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    int shingles = Math.max(1, words.size() - shingleSize + 1);
    for (int s = 0; s < shingles; s++) {
      long h = 0xcbf29ce484222325L;
      for (int w = s; w < Math.min(words.size(), s + shingleSize); w++) {
        h = fnv(h, words.get(w));
        h = (h ^ ' ') * 0x100000001b3L;
      }
      for (int i = 0; i < seeds.length; i++) {
        long v = mix(h ^ seeds[i]);
        if (v < signature[i]) {
          signature[i] = v;
        }
      }
    }
    return signature;
  }

  /** The share of equal values: an estimate of the Jaccard similarity of the two shingle sets. */
  static double similarity(long[] a, long[] b) {
    if (a.length == 0 || a.length != b.length) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private static long fnv(long h, String text) {
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
