package org.vigie.time;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The first few chars a match of one pattern can begin with, read from the pattern's text once: {@link Rule} tries its
 * pattern only at the word starts whose text begins like that, which spares most of the regex attempts (nearly all of
 * the tagger's time went to patterns tried, and failing, at every word).
 *
 * <p>The set is a superset, never a guess: lookarounds and word boundaries are ignored (they only remove matches),
 * and whatever is not read char by char (a {@code \p{L}}, a back reference, a large class) lets anything through from
 * there on. A pattern using syntax this reader does not know gets no filter at all.
 */
final class StartFilter {
  /** How many leading chars are compared; more would grow the sets (digits multiply by ten per char). */
  static final int DEPTH = 3;
  /** Classes larger than this are not spelled out; they let any char through. */
  private static final int MAX_CLASS = 16;

  /** The filter that lets every position through. */
  static final StartFilter NONE = new StartFilter(Node.accepting());

  private final Node root;

  private StartFilter(Node root) {
    this.root = root;
  }

  /** The filter of a {@link java.util.regex.Pattern} source, or {@link #NONE} when the regex is beyond this reader. */
  static StartFilter of(String regex) {
    Set<String> starts;
    try {
      starts = new Reader(regex).read();
    } catch (UnsupportedOperationException unsupported) {
      return NONE;
    }
    Node root = new Node();
    for (String start : starts) {
      root.add(start, 0);
    }
    return new StartFilter(root);
  }

  /** Whether a match may begin at {@code position} of {@code text}; false only when none can. */
  boolean mayMatchAt(String text, int position) {
    Node node = root;
    for (int i = position; ; i++) {
      if (node.accept) {
        return true;
      }
      if (i >= text.length()) {
        return false;
      }
      node = node.child(text.charAt(i));
      if (node == null) {
        return false;
      }
    }
  }

  /** Whether a match may begin with {@code c}: the cheap first test before {@link #mayMatchAt}. */
  boolean mayStartWith(char c) {
    return root.accept || root.child(c) != null;
  }

  /**
   * A trie of the leading strings; reaching an accepting node means the text may match from there on. Children sit
   * in a table indexed from the smallest key, a few dozen slots at most for the letters and digits rules start with.
   */
  private static final class Node {
    private static final Node[] NO_CHILDREN = new Node[0];

    private boolean accept;
    private char base;
    private Node[] table = NO_CHILDREN;

    static Node accepting() {
      Node node = new Node();
      node.accept = true;
      return node;
    }

    void add(String start, int index) {
      if (accept) {
        return;
      }
      if (index == start.length()) {
        accept = true;
        table = NO_CHILDREN;
        return;
      }
      char c = start.charAt(index);
      Node next = child(c);
      if (next == null) {
        next = new Node();
        put(c, next);
      }
      next.add(start, index + 1);
    }

    private void put(char c, Node node) {
      if (table.length == 0) {
        base = c;
        table = new Node[1];
      } else if (c < base) {
        Node[] grown = new Node[table.length + base - c];
        System.arraycopy(table, 0, grown, base - c, table.length);
        table = grown;
        base = c;
      } else if (c - base >= table.length) {
        table = Arrays.copyOf(table, c - base + 1);
      }
      table[c - base] = node;
    }

    Node child(char c) {
      int slot = c - base;
      return slot >= 0 && slot < table.length ? table[slot] : null;
    }
  }

  /**
   * Reads a regex into the set of strings every match begins with: each is either the whole match (shorter than
   * {@link #DEPTH}) or a prefix after which anything may follow. Truncating every string to DEPTH chars keeps that
   * reading: any text that starts with one of them may match, any other cannot.
   */
  private static final class Reader {
    private static final Set<String> EMPTY = Set.of("");
    /** Marks a string whose continuation is unknown; it never occurs in the folded text the rules read. */
    private static final char OPEN = '\uFFFF';

    private final String regex;
    private int at;

    Reader(String regex) {
      this.regex = regex;
    }

    Set<String> read() {
      Set<String> result = alternation();
      if (at != regex.length()) {
        throw new UnsupportedOperationException("unbalanced ) at " + at);
      }
      Set<String> starts = new HashSet<>();
      for (String s : result) {
        int open = s.indexOf(OPEN);
        starts.add(open >= 0 ? s.substring(0, open) : s);
      }
      return starts;
    }

    private Set<String> alternation() {
      Set<String> union = new HashSet<>(sequence());
      while (at < regex.length() && regex.charAt(at) == '|') {
        at++;
        union.addAll(sequence());
      }
      return union;
    }

    private Set<String> sequence() {
      Set<String> result = EMPTY;
      while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
        Set<String> atom = atom();
        result = concat(result, quantified(atom));
      }
      return result;
    }

    private Set<String> quantified(Set<String> atom) {
      if (at >= regex.length()) {
        return atom;
      }
      char c = regex.charAt(at);
      int min;
      int max;
      if (c == '?' || c == '*' || c == '+') {
        at++;
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : Integer.MAX_VALUE;
      } else if (c == '{') {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          throw new UnsupportedOperationException("unclosed {");
        }
        String[] bounds = regex.substring(at + 1, close).split(",", -1);
        try {
          min = Integer.parseInt(bounds[0]);
          max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
        } catch (NumberFormatException notAQuantifier) {
          throw new UnsupportedOperationException("bad quantifier at " + at);
        }
        at = close + 1;
      } else {
        return atom;
      }
      if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
        at++; // lazy or possessive: the same strings, or fewer
      }
      // Past DEPTH + 1 copies nothing new can start within DEPTH chars.
      int required = Math.min(min, DEPTH + 1);
      int optional = Math.min(max - min, DEPTH + 1);
      Set<String> result = EMPTY;
      for (int i = 0; i < required; i++) {
        result = concat(result, atom);
      }
      Set<String> maybe = new HashSet<>(atom);
      maybe.add("");
      for (int i = 0; i < optional; i++) {
        result = concat(result, maybe);
      }
      return result;
    }

    private Set<String> atom() {
      char c = regex.charAt(at++);
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '.':
          return anything();
        case '^', '$':
          return EMPTY;
        case '\\':
          return escape();
        case '*', '+', '?', '{':
          throw new UnsupportedOperationException("dangling quantifier at " + (at - 1));
        default:
          return Set.of(String.valueOf(c));
      }
    }

    private Set<String> group() {
      boolean zeroWidth = false;
      if (regex.startsWith("?", at)) {
        if (regex.startsWith("?:", at) || regex.startsWith("?>", at)) {
          at += 2;
        } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
          at += 2;
          zeroWidth = true;
        } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
          at += 3;
          zeroWidth = true;
        } else if (regex.startsWith("?<", at)) {
          int close = regex.indexOf('>', at);
          if (close < 0) {
            throw new UnsupportedOperationException("unclosed group name");
          }
          at = close + 1;
        } else {
          throw new UnsupportedOperationException("flags or unknown group at " + at);
        }
      }
      Set<String> inside = alternation();
      if (at >= regex.length() || regex.charAt(at) != ')') {
        throw new UnsupportedOperationException("unclosed group");
      }
      at++;
      return zeroWidth ? EMPTY : inside;
    }

    private Set<String> escape() {
      char c = regex.charAt(at++);
      switch (c) {
        case 'd':
          return Set.copyOf(DIGITS);
        case 'b', 'B':
          return EMPTY;
        case 'p', 'P':
          skipProperty();
          return anything();
        case 'k':
          int close = regex.indexOf('>', at);
          if (close < 0) {
            throw new UnsupportedOperationException("bad back reference");
          }
          at = close + 1;
          return anything();
        case 'D', 's', 'S', 'w', 'W', 'h', 'H', 'v', 'V', 'R', 'X':
          return anything();
        case 'n':
          return Set.of("\n");
        case 'r':
          return Set.of("\r");
        case 't':
          return Set.of("\t");
        default:
          if (Character.isLetterOrDigit(c)) {
            throw new UnsupportedOperationException("escape \\" + c);
          }
          return Set.of(String.valueOf(c));
      }
    }

    private void skipProperty() {
      if (at < regex.length() && regex.charAt(at) == '{') {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          throw new UnsupportedOperationException("unclosed property");
        }
        at = close + 1;
      } else {
        at++;
      }
    }

    private Set<String> charClass() {
      boolean negated = at < regex.length() && regex.charAt(at) == '^';
      if (negated) {
        at++;
      }
      Set<Character> chars = new HashSet<>();
      boolean any = negated;
      boolean first = true;
      while (true) {
        if (at >= regex.length()) {
          throw new UnsupportedOperationException("unclosed class");
        }
        char c = regex.charAt(at++);
        if (c == ']' && !first) {
          break;
        }
        first = false;
        if (c == '[' || c == '&' && at < regex.length() && regex.charAt(at) == '&') {
          throw new UnsupportedOperationException("nested class or intersection");
        }
        if (c == '\\') {
          char e = regex.charAt(at++);
          if (e == 'd') {
            DIGITS.forEach(d -> chars.add(d.charAt(0)));
            continue;
          }
          if (e == 'p' || e == 'P') {
            skipProperty();
            any = true;
            continue;
          }
          if (Character.isLetterOrDigit(e)) {
            if (e == 'n' || e == 'r' || e == 't') {
              c = e == 'n' ? '\n' : e == 'r' ? '\r' : '\t';
            } else {
              throw new UnsupportedOperationException("escape \\" + e + " in class");
            }
          } else {
            c = e;
          }
        }
        if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
          char last = regex.charAt(at + 1);
          if (last == '\\' || last == '[') {
            throw new UnsupportedOperationException("escaped range end");
          }
          at += 2;
          for (char r = c; r <= last; r++) {
            chars.add(r);
          }
        } else {
          chars.add(c);
        }
      }
      if (any || chars.size() > MAX_CLASS) {
        return anything();
      }
      Set<String> strings = new HashSet<>();
      chars.forEach(ch -> strings.add(String.valueOf(ch)));
      return strings;
    }

    private static Set<String> anything() {
      return Set.of(String.valueOf(OPEN));
    }

    /** Every string of {@code left} followed by every string of {@code right}, cut to DEPTH chars. */
    private static Set<String> concat(Set<String> left, Set<String> right) {
      if (left.equals(EMPTY)) {
        return right;
      }
      Set<String> result = new HashSet<>();
      for (String l : left) {
        if (l.length() >= DEPTH || l.indexOf(OPEN) >= 0) {
          result.add(l);
          continue;
        }
        for (String r : right) {
          String joined = l + r;
          result.add(joined.length() > DEPTH ? joined.substring(0, DEPTH) : joined);
        }
      }
      return result;
    }

    private static final Set<String> DIGITS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
  }
}
