package org.vigie.nlp.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps over-long tokens (inline base64, scraping debris) from stalling the taggers: CoreNLP's NER features grow
 * faster than a word's length, to seconds for a 40,000-letter word and minutes beyond. The taggers see only the
 * first {@link #TAGGED_CHARS} characters of such a word; the word is restored afterwards.
 */
final class LongWords {
  /** Longer than any word or URL worth tagging. */
  static final int TAGGED_CHARS = 100;

  private LongWords() {}

  /** Shortens the over-long words of {@code tokens} in place and returns what puts them back. */
  static Runnable shorten(List<CoreLabel> tokens) {
    List<CoreLabel> labels = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (CoreLabel token : tokens) {
      String word = token.word();
      if (word != null && word.length() > TAGGED_CHARS) {
        labels.add(token);
        words.add(word);
        values.add(token.value());
        String shortened = word.substring(0, prefixEnd(word));
        token.setWord(shortened);
        token.setValue(shortened);
      }
    }
    return () -> {
      for (int i = 0; i < labels.size(); i++) {
        labels.get(i).setWord(words.get(i));
        labels.get(i).setValue(values.get(i));
      }
    };
  }

  private static int prefixEnd(String word) {
    return Character.isHighSurrogate(word.charAt(TAGGED_CHARS - 1)) ? TAGGED_CHARS - 1 : TAGGED_CHARS;
  }
}
