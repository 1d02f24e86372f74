package org.vigie.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Sentence boundaries, good enough to bound the context of an expression: a stop, question or exclamation mark
 * followed by a space and a capital, a digit or a quote, or a line break. Titles like "M." do not end a sentence.
 */
final class Sentences {
  private static final Set<String> ABBREVIATIONS = Set.of("m", "mm", "mme", "mmes", "mlle", "dr", "st", "ste", "mr",
      "mrs", "ms", "jr", "sr", "vs", "av", "env", "cf", "gen", "lt", "sgt", "capt", "prof",
      "mgr", "pp", "jan", "feb", "fev", "aug", "sept", "oct", "nov", "dec", "etc");

  private final int[] starts;
  private final int length;

  private Sentences(int[] starts, int length) {
    this.starts = starts;
    this.length = length;
  }

  static Sentences of(Source source) {
    String text = source.text();
    String folded = source.folded();
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        starts.add(i + 1);
      } else if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && endsSentence(text, folded, i)) {
        starts.add(i + 1);
      }
    }
    return new Sentences(starts.stream().mapToInt(Integer::intValue).distinct().toArray(), text.length());
  }

  private static boolean endsSentence(String text, String folded, int stop) {
    int next = stop + 1;
    while (next < text.length() && "»\"')”".indexOf(text.charAt(next)) >= 0) {
      next++;
    }
    if (next >= text.length()) {
      return true;
    }
    if (!Character.isWhitespace(text.charAt(next))) {
      return false;
    }
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= text.length()) {
      return true;
    }
    char first = text.charAt(next);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || "«\"'“-–—_(".indexOf(first) >= 0)) {
      return false;
    }
    if (text.charAt(stop) != '.') {
      return true;
    }
    int wordStart = stop;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    String word = folded.substring(wordStart, stop);
    return !(word.length() == 1 && Character.isUpperCase(text.charAt(wordStart))) && !ABBREVIATIONS.contains(word);
  }

  /** The index of the sentence that holds {@code position}. */
  int indexOf(int position) {
    int found = Arrays.binarySearch(starts, position);
    return found >= 0 ? found : -found - 2;
  }

  int start(int sentence) {
    return starts[sentence];
  }

  int end(int sentence) {
    return sentence + 1 < starts.length ? starts[sentence + 1] : length;
  }
}
