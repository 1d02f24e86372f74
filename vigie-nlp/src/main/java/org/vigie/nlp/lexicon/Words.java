package org.vigie.nlp.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.text.Folding;

/** Splits text into {@link Word}s, keeping exact offsets. Punctuation is not a word. */
public final class Words {
  /** What a word is, as a regex; {@link #of(String, int, int)} scans for the same matches by hand. */
  private static final Pattern WORD = Pattern.compile(
      "(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\\p{L})"
          + "|[\\p{L}\\p{M}\\p{N}]+(?:[-.][\\p{L}\\p{M}\\p{N}]+)*");
  /** The elided forms of {@link #WORD}'s first branch, in its order, before their apostrophe. */
  private static final String[] ELISIONS = {"l", "L", "d", "D", "j", "J", "m", "M", "n", "N", "s", "S", "t", "T", "c",
      "C", "qu", "Qu", "jusqu", "Jusqu", "lorsqu", "Lorsqu", "puisqu", "Puisqu"};

  private Words() {}

  /**
   * The words of {@code text} between {@code from} and {@code to}, with offsets into {@code text}: what
   * {@link #WORD} finds in that region, found without the regex engine (it was most of the entity annotator's time).
   */
  public static List<Word> of(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int end = Math.min(Math.max(from, to), text.length());
    int at = Math.max(0, Math.min(from, end));
    while (at < end) {
      int length = wordChars(text, at, end);
      if (length == 0) {
        at++;
        continue;
      }
      int wordEnd = elisionEnd(text, at, end);
      if (wordEnd < 0) {
        wordEnd = runEnd(text, at, end);
      }
      String word = text.substring(at, wordEnd);
      words.add(new Word(at, wordEnd, word, Folding.key(word)));
      at = wordEnd;
    }
    return words;
  }

  public static List<Word> of(String text) {
    return of(text, 0, text.length());
  }

  /** The words as {@link #WORD} finds them: the reference the hand-written scan must agree with. */
  static List<Word> ofByPattern(String text, int from, int to) {
    List<Word> words = new ArrayList<>();
    int end = Math.min(Math.max(from, to), text.length());
    Matcher matcher = WORD.matcher(text).region(Math.max(0, Math.min(from, end)), end);
    while (matcher.find()) {
      String word = matcher.group();
      words.add(new Word(matcher.start(), matcher.end(), word, Folding.key(word)));
    }
    return words;
  }

  /** Where an elided form with its apostrophe starting at {@code at} ends, or -1; a letter must follow it. */
  private static int elisionEnd(String text, int at, int end) {
    for (String elision : ELISIONS) {
      int apostrophe = at + elision.length();
      if (apostrophe + 1 < end && (text.charAt(apostrophe) == '\'' || text.charAt(apostrophe) == '’')
          && text.startsWith(elision, at) && isLetter(text, apostrophe + 1, end)) {
        return apostrophe + 1;
      }
    }
    return -1;
  }

  /** The end of a run of letters, marks and digits, continued through single hyphens and dots between such runs. */
  private static int runEnd(String text, int at, int end) {
    int position = at;
    while (true) {
      int length;
      while ((length = wordChars(text, position, end)) > 0) {
        position += length;
      }
      if (position < end && (text.charAt(position) == '-' || text.charAt(position) == '.')
          && wordChars(text, position + 1, end) > 0) {
        position++;
        continue;
      }
      return position;
    }
  }

  /** The chars of the code point at {@code at} when it is a letter, a mark or a digit within the region, else 0. */
  private static int wordChars(String text, int at, int end) {
    if (at >= end) {
      return 0;
    }
    int codePoint = text.codePointAt(at);
    int length = Character.charCount(codePoint);
    if (at + length > end) {
      return 0;
    }
    return switch (Character.getType(codePoint)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> length;
      default -> 0;
    };
  }

  private static boolean isLetter(String text, int at, int end) {
    int codePoint = text.codePointAt(at);
    return at + Character.charCount(codePoint) <= end && Character.isLetter(codePoint);
  }
}
