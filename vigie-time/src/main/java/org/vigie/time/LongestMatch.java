package org.vigie.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** Keeps non-overlapping candidates: the longest first, then the one from the earlier rule, then the leftmost. */
final class LongestMatch {
  private static final Comparator<Candidate> PREFERENCE = Comparator.comparingInt(Candidate::length).reversed()
      .thenComparingInt(Candidate::priority)
      .thenComparingInt(Candidate::start);

  private LongestMatch() {}

  static List<Candidate> select(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(PREFERENCE);
    BitSet taken = new BitSet();
    List<Candidate> kept = new ArrayList<>();
    for (Candidate candidate : sorted) {
      int firstTaken = taken.nextSetBit(candidate.start());
      if (firstTaken < 0 || firstTaken >= candidate.end()) {
        taken.set(candidate.start(), candidate.end());
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }
}
