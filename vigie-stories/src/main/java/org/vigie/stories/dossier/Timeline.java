package org.vigie.stories.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Sentence;
import org.vigie.model.TimelineEntry;
import org.vigie.model.TimelineSource;

/** The days a story's articles mention: resolved DATE and TIME values at day granularity, sorted. */
final class Timeline {
  private Timeline() {}

  static List<TimelineEntry> of(List<ArticleDigest> articles) {
    Map<String, List<TimelineSource>> days = new TreeMap<>();
    for (ArticleDigest article : articles) {
      for (ArticleDigest.Dated dated : article.days()) {
        days.computeIfAbsent(dated.day(), k -> new ArrayList<>()).add(dated.source());
      }
    }
    List<TimelineEntry> out = new ArrayList<>();
    days.forEach((day, sources) -> out.add(new TimelineEntry(day, sources)));
    return out;
  }

  /** The sentence holding a span; without sentences, the text between the nearest sentence ends. */
  static String sentence(AnalyzedArticle article, int start, int end) {
    String text = article.text();
    for (Sentence s : article.sentences()) {
      if (s.start() <= start && end <= s.end() && s.end() <= text.length()) {
        return text.substring(s.start(), s.end()).strip();
      }
    }
    int from = Math.max(0, Math.min(start, text.length()));
    while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = Math.max(from, Math.min(end, text.length()));
    while (to < text.length() && ".!?\n".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    if (to < text.length() && text.charAt(to) != '\n') {
      to++;
    }
    return text.substring(from, to).strip();
  }
}
