package org.vigie.nlp.corenlp;

/** UTF-16 repairs that keep every offset where it was. */
final class Utf16 {
  private Utf16() {}

  /**
   * The text with each lone surrogate (invalid UTF-16, which a JSON {@code \ud800} escape can produce) replaced by
   * U+FFFD, also one UTF-16 unit long. CoreNLP's French lexer dies on lone surrogates; every other character is
   * kept, so offsets into the result are offsets into the text. Returns {@code text} itself when it is valid.
   */
  static String withoutLoneSurrogates(String text) {
    char[] repaired = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // a valid pair
      } else if (Character.isSurrogate(c)) {
        if (repaired == null) {
          repaired = text.toCharArray();
        }
        repaired[i] = '\uFFFD';
      }
    }
    return repaired == null ? text : new String(repaired);
  }
}
