package org.vigie.nlp.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the outermost spans between quotation marks, paragraph by paragraph: « », “ ”, ‹ ›, ‘ ’ and straight
 * double quotes. Marks nested inside a quote stay inside it. A ’ between letters is an apostrophe, not a closing
 * mark; a straight " opens when a word follows it and closes when a word precedes it; a double mark of one kind
 * closes a quote opened by the other (“ ... ", " ... ”: a typing slip). A quote still open at the end of its
 * paragraph ends there and is flagged open-ended; marks never match across paragraphs, so unbalanced marks cannot
 * swallow the rest of an article.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  static List<MarkedSpan> find(String text, List<int[]> paragraphs) {
    List<MarkedSpan> spans = new ArrayList<>();
    for (int[] paragraph : paragraphs) {
      scan(text, paragraph[0], paragraph[1], spans);
    }
    return spans;
  }

  private static void scan(String text, int from, int to, List<MarkedSpan> spans) {
    Deque<Open> stack = new ArrayDeque<>();
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char closer = closerOf(c, text, i, from, to, stack);
      if (closer != 0) {
        stack.push(new Open(i, closer));
        continue;
      }
      char matched = !closes(c, text, i, to) ? 0 : contains(stack, c) ? c : mixedCloser(c, text, i, from, stack);
      if (matched != 0) {
        Open opened;
        do {
          opened = stack.pop();
        } while (opened.closer != matched);
        if (stack.isEmpty()) {
          add(text, opened.position, i, false, spans);
        }
      }
    }
    if (!stack.isEmpty()) {
      add(text, stack.peekLast().position, to, true, spans);
    }
  }

  /** The mark that would close {@code c} if {@code c} opens a quote here, else 0. */
  private static char closerOf(char c, String text, int i, int from, int to, Deque<Open> stack) {
    return switch (c) {
      case '«' -> '»';
      case '“' -> '”';
      case '‹' -> '›';
      case '‘' -> i == from || !Character.isLetterOrDigit(text.charAt(i - 1)) ? '’' : 0;
      case '"' -> {
        boolean closing = contains(stack, '"') && i > from && !Character.isWhitespace(text.charAt(i - 1));
        boolean wordFollows = i + 1 < to && !Character.isWhitespace(text.charAt(i + 1));
        yield !closing && wordFollows ? '"' : 0;
      }
      default -> 0;
    };
  }

  /**
   * The closer a double mark stands for when it closes the other kind of double mark ("“Immunity deals ... FBI,"",
   * ""Oz has ... him,”"): a typing slip, not a new quote; 0 when it is none.
   */
  private static char mixedCloser(char c, String text, int i, int from, Deque<Open> stack) {
    if (stack.isEmpty()) {
      return 0;
    }
    char open = stack.peek().closer;
    if (c == '"' && open == '”' && i > from && !Character.isWhitespace(text.charAt(i - 1))) {
      return '”';
    }
    return c == '”' && open == '"' ? '"' : 0;
  }

  private static boolean closes(char c, String text, int i, int to) {
    if (c == '’') {
      return i + 1 >= to || !Character.isLetter(text.charAt(i + 1));
    }
    return c == '»' || c == '”' || c == '›' || c == '"';
  }

  private static boolean contains(Deque<Open> stack, char closer) {
    for (Open open : stack) {
      if (open.closer == closer) {
        return true;
      }
    }
    return false;
  }

  private static void add(String text, int open, int close, boolean openEnded, List<MarkedSpan> spans) {
    MarkedSpan span = between(text, open, close, openEnded);
    if (span.end() > span.start()) {
      spans.add(span);
    }
  }

  /** The words between the mark at {@code open} and the one at {@code close}, without the spaces around them. */
  static MarkedSpan between(String text, int open, int close, boolean openEnded) {
    int start = open + 1;
    int end = close;
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new MarkedSpan(open, close, start, end, openEnded);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private record Open(int position, char closer) {}
}
