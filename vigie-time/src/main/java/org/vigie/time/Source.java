package org.vigie.time;

import org.vigie.text.Folding;

/**
 * The text being tagged, its folded twin (same length, lower case, no accents) and the offsets where words start,
 * with small context helpers.
 */
record Source(String text, String folded, int[] wordStarts) {

  static Source of(String text) {
    String folded = Folding.sameLength(text);
    return new Source(text, folded, wordStarts(folded));
  }

  /** Offsets of the chars that start a run of letters or digits. */
  private static int[] wordStarts(String folded) {
    int[] starts = new int[16];
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < folded.length(); i++) {
      boolean wordChar = Character.isLetterOrDigit(folded.charAt(i));
      if (wordChar && !inWord) {
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i;
      }
      inWord = wordChar || Character.isSurrogate(folded.charAt(i)) && Character.isLetterOrDigit(
          folded.codePointAt(Character.isHighSurrogate(folded.charAt(i)) ? i : Math.max(0, i - 1)));
    }
    return java.util.Arrays.copyOf(starts, count);
  }

  /** The folded word (letters, digits and apostrophes) that ends before {@code position}, or "" at the start. */
  String wordBefore(int position) {
    int end = position;
    while (end > 0 && folded.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    while (start > 0 && isWordChar(folded.charAt(start - 1))) {
      start--;
    }
    return folded.substring(start, end);
  }

  /** The folded word that starts at or after {@code position}, or "" at the end. */
  String wordAfter(int position) {
    int start = position;
    while (start < folded.length() && folded.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < folded.length() && isWordChar(folded.charAt(end))) {
      end++;
    }
    return folded.substring(start, end);
  }

  /** Up to {@code length} folded chars that end at {@code position}. */
  String before(int position, int length) {
    return folded.substring(Math.max(0, position - length), position);
  }

  /** Up to {@code length} folded chars that start at {@code position}. */
  String after(int position, int length) {
    return folded.substring(position, Math.min(folded.length(), position + length));
  }

  /** True when the original char at {@code position} is an upper-case letter. */
  boolean isUpperCase(int position) {
    return position < text.length() && Character.isUpperCase(text.charAt(position));
  }

  /** True when only spaces, quotes or opening punctuation separate {@code position} from a sentence start. */
  boolean startsSentence(int position) {
    int i = position - 1;
    while (i >= 0 && (folded.charAt(i) == ' ' || "«\"'(-_".indexOf(folded.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:\n\r;".indexOf(folded.charAt(i)) >= 0 || folded.charAt(i) == '»';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '-';
  }
}
