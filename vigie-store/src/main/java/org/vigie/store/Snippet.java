package org.vigie.store;

import java.util.List;

/**
 * A passage of an article that shows why it matched a search: plain text (never escaped; passages joined by
 * {@value #SEPARATOR}) and the offsets of the matched terms in it, in order and apart. Each caller marks and escapes
 * it for its own medium.
 */
public record Snippet(String text, List<Match> matches) {
  /** Between two passages of one snippet. */
  public static final String SEPARATOR = " … ";

  public Snippet {
    matches = List.copyOf(matches);
    int last = 0;
    for (Match m : matches) {
      if (m.start() < last || m.end() > text.length()) {
        throw new IllegalArgumentException("match " + m + " is out of order or outside the snippet");
      }
      last = m.end();
    }
  }

  /** The offsets of one matched term in {@link #text}. */
  public record Match(int start, int end) {
    public Match {
      if (start < 0 || end <= start) {
        throw new IllegalArgumentException("bad match [" + start + ", " + end + ")");
      }
    }
  }

  /** The covered text of each match, in order. */
  public List<String> matchedTexts() {
    return matches.stream().map(m -> text.substring(m.start(), m.end())).toList();
  }
}
