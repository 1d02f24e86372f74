package org.vigie.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a {@link Snippet}: the passages' plain text joined by {@link
 * Snippet#SEPARATOR}, with the offsets of their matches (overlapping or touching matches merged). No markup and no
 * escaping: that belongs to whoever shows the snippet.
 */
final class SnippetFormatter extends PassageFormatter {
  @Override
  public Snippet format(Passage[] passages, String content) {
    StringBuilder text = new StringBuilder();
    List<Snippet.Match> matches = new ArrayList<>();
    int contentPosition = 0;
    for (Passage passage : passages) {
      if (contentPosition > 0 && passage.getStartOffset() > contentPosition) {
        text.append(Snippet.SEPARATOR);
      }
      int base = text.length() - passage.getStartOffset();
      int matchStart = -1;
      int matchEnd = -1;
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(passage.getMatchStarts()[i], passage.getStartOffset());
        int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
        if (end <= start) {
          continue;
        }
        if (matchEnd >= 0 && start <= matchEnd) {
          matchEnd = Math.max(matchEnd, end);
          continue;
        }
        if (matchEnd >= 0) {
          matches.add(new Snippet.Match(base + matchStart, base + matchEnd));
        }
        matchStart = start;
        matchEnd = end;
      }
      if (matchEnd >= 0) {
        matches.add(new Snippet.Match(base + matchStart, base + matchEnd));
      }
      text.append(content, passage.getStartOffset(), passage.getEndOffset());
      contentPosition = passage.getEndOffset();
    }
    return new Snippet(text.toString(), matches);
  }
}
