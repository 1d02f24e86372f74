package org.vigie.ingest;

import java.util.Set;

/**
 * Finds a title in a body that has none: its first line when that reads as a headline (no final punctuation,
 * the next line starting a sentence), else its first sentence, or its whole first paragraph when that has no sentence break, cut on a word boundary when longer than {@link #MAX_TITLE_CHARS}. The title is taken out of the body, so
 * an article's text holds it once.
 */
final class TitleExtractor {
  static final int MAX_TITLE_CHARS = 250;

  private static final String SENTENCE_ENDS = ".!?…";
  private static final String CLOSING_MARKS = "\"”»'’)";
  private static final String OPENING_MARKS = "\"“«'‘(";

  /** Words that end with a period without ending the sentence ("M. Araghchi", "Dr. Smith"). */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "M", "MM", "Mme", "Mmes", "Mlle", "Mgr", "Me", "Pr", "Dr", "Mr", "Mrs", "Ms", "St", "Ste", "Jr", "Sr",
      "Prof", "Gen", "Gén", "Col", "Lt", "Sgt", "Rev", "No", "Vol");

  /** A title and what remains of the body once it is taken out. */
  record Split(String title, String rest) {}

  private TitleExtractor() {}

  /** @param body a normalized body */
  static Split firstSentence(String body) {
    int paragraphEnd = body.indexOf(WhitespaceNormalizer.PARAGRAPH_BREAK);
    String paragraph = paragraphEnd < 0 ? body : body.substring(0, paragraphEnd);
    String following = paragraphEnd < 0 ? "" : body.substring(paragraphEnd);
    int end = capped(paragraph, Math.min(headlineLineEnd(paragraph), sentenceEnd(paragraph)));
    String title = WhitespaceNormalizer.oneLine(paragraph.substring(0, end));
    String rest = (paragraph.substring(end).strip() + following).strip();
    return new Split(title, rest);
  }

  /**
   * The end of the paragraph's first line when that line reads as a headline (no sentence punctuation at its end,
   * the next line not in lower case, as a wrapped title's would be), else the paragraph's length.
   */
  private static int headlineLineEnd(String paragraph) {
    int lineEnd = paragraph.indexOf('\n');
    if (lineEnd <= 0) {
      return paragraph.length();
    }
    String line = paragraph.substring(0, lineEnd).strip();
    String next = paragraph.substring(lineEnd).strip();
    if (next.isEmpty() || Character.isLowerCase(next.charAt(0))) {
      return paragraph.length(); // a title hard-wrapped over two lines
    }
    boolean ended = !line.isEmpty() && (SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0
        || CLOSING_MARKS.indexOf(line.charAt(line.length() - 1)) >= 0 || line.endsWith(":"));
    return ended ? paragraph.length() : lineEnd;
  }

  /** The index just after the first sentence's final punctuation, or the paragraph's length. */
  private static int sentenceEnd(String paragraph) {
    for (int i = 0; i < paragraph.length(); i++) {
      if (SENTENCE_ENDS.indexOf(paragraph.charAt(i)) < 0) {
        continue;
      }
      int end = i + 1;
      while (end < paragraph.length() && CLOSING_MARKS.indexOf(paragraph.charAt(end)) >= 0) {
        end++;
      }
      int next = end;
      while (next < paragraph.length() && Character.isWhitespace(paragraph.charAt(next))) {
        next++;
      }
      if (next == end || next == paragraph.length()) {
        continue;
      }
      char first = paragraph.charAt(next);
      boolean startsSentence = Character.isUpperCase(first) || OPENING_MARKS.indexOf(first) >= 0;
      if (startsSentence && !(paragraph.charAt(i) == '.' && endsWithAbbreviation(paragraph, i))) {
        return end;
      }
    }
    return paragraph.length();
  }

  private static boolean endsWithAbbreviation(String text, int period) {
    int start = period;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, period);
    boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
    return initial || word.contains(".") || ABBREVIATIONS.contains(word);
  }

  private static int capped(String paragraph, int end) {
    if (end <= MAX_TITLE_CHARS) {
      return end;
    }
    int space = paragraph.lastIndexOf(' ', MAX_TITLE_CHARS);
    if (space > 0) {
      return space;
    }
    return Character.isLowSurrogate(paragraph.charAt(MAX_TITLE_CHARS)) ? MAX_TITLE_CHARS - 1 : MAX_TITLE_CHARS;
  }
}
