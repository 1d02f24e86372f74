package org.vigie.nlp.quotes;

/**
 * Words between quotation marks.
 *
 * @param open      offset of the opening mark
 * @param close     offset of the closing mark, or the paragraph end when the quote runs on ({@code openEnded})
 * @param start     first character of the quoted words, spaces left out
 * @param end       end of the quoted words, spaces left out
 * @param openEnded true when the paragraph ends before the quote closes (English continues it in the next one)
 */
record MarkedSpan(int open, int close, int start, int end, boolean openEnded) {
  /** Whether {@code position} lies between the marks of one of {@code spans}. */
  static boolean inside(int position, java.util.List<MarkedSpan> spans) {
    for (MarkedSpan span : spans) {
      if (span.open() <= position && position < span.close()) {
        return true;
      }
    }
    return false;
  }
}
