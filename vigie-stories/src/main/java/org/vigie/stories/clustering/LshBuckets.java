package org.vigie.stories.clustering;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The MinHash LSH index: band key → the articles of active stories whose signature has that band, each bucket
 * capped to its {@code cap} most recent articles (a wire story reprinted thousands of times needs only its recent
 * copies to be recognised). Not thread-safe.
 */
final class LshBuckets {
  private final int cap;
  final Map<Long, ArrayDeque<ArticleFeatures>> buckets = new HashMap<>();

  LshBuckets(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be positive");
    }
    this.cap = cap;
  }

  void add(long key, ArticleFeatures article) {
    ArrayDeque<ArticleFeatures> bucket = buckets.computeIfAbsent(key, k -> new ArrayDeque<>(1)); // most stay single
    bucket.addLast(article);
    if (bucket.size() > cap) {
      bucket.removeFirst();
    }
  }

  void remove(long key, ArticleFeatures article) {
    ArrayDeque<ArticleFeatures> bucket = buckets.get(key);
    if (bucket != null) {
      bucket.removeIf(a -> a == article);
      if (bucket.isEmpty()) {
        buckets.remove(key);
      }
    }
  }

  /** The articles with band {@code key}, oldest first. */
  Collection<ArticleFeatures> articles(long key) {
    Collection<ArticleFeatures> bucket = buckets.get(key);
    return bucket == null ? List.of() : bucket;
  }
}
