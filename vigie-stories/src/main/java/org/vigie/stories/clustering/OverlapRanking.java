package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Ranks stories by a cheap overlap with an article — the sum of the article's weights over the query features a
 * story holds — so that only the best few are scored in full. Scratch arrays indexed by the stories' sequence
 * numbers are reused from one article to the next. Ties go to the earlier story, so the ranking is canonical. Not
 * thread-safe.
 */
final class OverlapRanking {

  private double[] overlap = new double[64];
  private int[] round = new int[64];
  private int current;
  private final List<StoryState> touched = new ArrayList<>();

  /** Starts the ranking for a new article. */
  void start() {
    current++;
    touched.clear();
  }

  /** Adds {@code weight} to the story's overlap. */
  void add(StoryState story, double weight) {
    int i = story.seq;
    if (i >= overlap.length) {
      int size = Math.max(i + 1, overlap.length * 2);
      overlap = Arrays.copyOf(overlap, size);
      round = Arrays.copyOf(round, size);
    }
    if (round[i] != current) {
      round[i] = current;
      overlap[i] = 0;
      touched.add(story);
    }
    overlap[i] += weight;
  }

  /** The {@code k} stories of highest overlap, best first; ties by sequence number. */
  List<StoryState> top(int k) {
    Comparator<StoryState> better = Comparator.<StoryState>comparingDouble(s -> -overlap[s.seq])
        .thenComparingInt(s -> s.seq);
    if (touched.size() <= k) {
      List<StoryState> all = new ArrayList<>(touched);
      all.sort(better);
      return all;
    }
    PriorityQueue<StoryState> kept = new PriorityQueue<>(k + 1, better.reversed());
    for (StoryState story : touched) {
      kept.add(story);
      if (kept.size() > k) {
        kept.poll();
      }
    }
    List<StoryState> out = new ArrayList<>(kept);
    out.sort(better);
    return out;
  }
}
