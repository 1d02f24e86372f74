package org.vigie.stories.dossier;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.stories.text.Words;

/**
 * Whether two quotes are the same words as printed by two outlets, trimmed or punctuated differently. Both are
 * reduced to folded words (no case, accents or punctuation); they match when the shorter is a contiguous part of
 * the longer, or when enough of the shorter's distinct words occur in the longer.
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
    Set<String> distinct = new HashSet<>(shorter);
    Set<String> inLonger = new HashSet<>(longer);
    long shared = distinct.stream().filter(inLonger::contains).count();
    return (double) shared / distinct.size() >= overlap;
  }
}
