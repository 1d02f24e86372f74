package org.vigie.stories.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.stories.text.Words;

/**
 * Whether two quotes are the same words as printed by two outlets, trimmed or punctuated differently. Both are
 * reduced to folded words (no case, accents or punctuation); they match when the shorter is a contiguous part of
 * the longer, or when enough of the shorter's distinct words occur in the longer.
 *
 * <p>{@link #group} finds every matching pair of a story's quotes without comparing all pairs: identical quotes are
 * one, and a quote is compared only with the longer quotes that hold one of its rarest words — enough of them that a
 * quote holding none cannot reach the overlap.
 */
final class QuoteMatching {
  static final int MIN_WORDS = 3;

  private QuoteMatching() {}

  static List<String> words(String quote) {
    return Words.of(quote);
  }

  static boolean same(List<String> a, List<String> b, double overlap) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = shorter == a ? b : a;
    if (shorter.size() < MIN_WORDS) {
      return shorter.equals(longer);
    }
    if (java.util.Collections.indexOfSubList(longer, shorter) >= 0) {
      return true;
    }
    return shares(new HashSet<>(shorter), new HashSet<>(longer), overlap);
  }

  /** Whether at least {@code overlap} of the shorter quote's distinct words occur in the longer one. */
  private static boolean shares(Set<String> shorterDistinct, Set<String> longerWords, double overlap) {
    long shared = shorterDistinct.stream().filter(longerWords::contains).count();
    return (double) shared / shorterDistinct.size() >= overlap;
  }

  /**
   * The quotes grouped by {@link #same}, transitively.
   *
   * @param roots       for each quote, the index of the first quote of its group
   * @param comparisons the pairs of distinct quotes compared, for tests of the work done
   */
  record Groups(int[] roots, long comparisons) {}

  /**
   * Groups {@code quotes} (word lists) exactly as comparing every pair with {@link #same}, in index order, would:
   * {@code same} takes the earlier of two equally long quotes as the shorter, so each distinct quote keeps the first
   * and last index it occurs at.
   */
  static Groups group(List<List<String>> quotes, double overlap) {
    UnionFind sets = new UnionFind(quotes.size());
    Map<List<String>, Distinct> byWords = new HashMap<>();
    List<Distinct> distinct = new ArrayList<>();
    for (int i = 0; i < quotes.size(); i++) {
      int index = i;
      Distinct d = byWords.computeIfAbsent(quotes.get(i), w -> {
        Distinct created = new Distinct(w, index);
        distinct.add(created);
        return created;
      });
      d.last = i;
      sets.union(d.first, i); // identical quotes always match
    }
    // Word -> the distinct quotes of MIN_WORDS or more that hold it: shorter ones match only identical ones.
    Map<String, List<Distinct>> holding = new HashMap<>();
    for (Distinct d : distinct) {
      if (d.words.size() >= MIN_WORDS) {
        for (String w : d.wordSet) {
          holding.computeIfAbsent(w, k -> new ArrayList<>()).add(d);
        }
      }
    }
    Comparator<String> rarestFirst = Comparator.<String>comparingInt(w -> holding.get(w).size())
        .thenComparing(Comparator.naturalOrder());
    long comparisons = 0;
    for (Distinct shorter : distinct) {
      if (shorter.words.size() < MIN_WORDS) {
        continue;
      }
      List<String> probes = new ArrayList<>(shorter.wordSet);
      probes.sort(rarestFirst);
      int needed = minShared(shorter.wordSet.size(), overlap);
      Set<Distinct> seen = new HashSet<>();
      for (String probe : probes.subList(0, shorter.wordSet.size() - needed + 1)) {
        for (Distinct longer : holding.get(probe)) {
          if (longer == shorter || !seen.add(longer) || !isShorter(shorter, longer)
              || sets.find(shorter.first) == sets.find(longer.first)) {
            continue;
          }
          comparisons++;
          if (shares(shorter.wordSet, longer.wordSet, overlap)) {
            sets.union(shorter.first, longer.first);
          }
        }
      }
    }
    int[] roots = new int[quotes.size()];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = sets.find(i);
    }
    return new Groups(roots, comparisons);
  }

  /**
   * Whether {@code same} ever takes {@code a} as the shorter of the pair: fewer words, or as many and one of its
   * occurrences comes before one of {@code b}'s. A contiguous part shares all its words, so the overlap decides.
   */
  private static boolean isShorter(Distinct a, Distinct b) {
    int sa = a.words.size();
    int sb = b.words.size();
    return sa < sb || sa == sb && a.first < b.last;
  }

  /** The fewest shared distinct words out of {@code distinct} that reach {@code overlap}, as {@link #shares} counts. */
  private static int minShared(int distinct, double overlap) {
    int k = Math.max(0, (int) Math.floor(overlap * distinct) - 1);
    while ((double) k / distinct < overlap) {
      k++;
    }
    return Math.max(1, k);
  }

  /** One distinct quote: its words, their set, and the first and last index it occurs at. */
  private static final class Distinct {
    final List<String> words;
    final Set<String> wordSet;
    final int first;
    int last;

    Distinct(List<String> words, int first) {
      this.words = words;
      this.wordSet = new HashSet<>(words);
      this.first = first;
      this.last = first;
    }
  }
}
