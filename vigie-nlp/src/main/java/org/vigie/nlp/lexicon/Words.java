package org.vigie.nlp.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into {@link Word}s, keeping exact offsets. Punctuation is not a word. */
public final class Words {
  private static final Pattern WORD = Pattern.compile(
      "(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\\p{L})"
          + "|[\\p{L}\\p{M}\\p{N}]+(?:[-.][\\p{L}\\p{M}\\p{N}]+)*");

  private Words() {}

  /** The words of {@code text} between {@code from} and {@code to}, with offsets into {@code text}. */
  public static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int end = Math.min(Math.max(from, to), text.length());
    Matcher matcher = WORD.matcher(text).region(Math.max(0, Math.min(from, end)), end);
    while (matcher.find()) {
      String word = matcher.group();
      words.add(new Word(matcher.start(), matcher.end(), word, Fold.key(word)));
    }
    return words;
  }

  public static List<Word> of(String text) {
    return of(text, 0, text.length());
  }
}
