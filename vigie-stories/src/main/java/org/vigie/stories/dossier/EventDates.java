package org.vigie.stories.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Divergence;
import org.vigie.model.DivergenceClaim;
import org.vigie.model.DivergenceKind;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;
import org.vigie.stories.text.Stopwords;
import org.vigie.stories.text.Words;

/**
 * Different dates for the same event. Deliberately narrow: only one-off events with a word of their own (the
 * evacuation, the alert, the agreement, the arrests, the deaths), named within four words before a resolved day
 * date in the same sentence ("évacués jeudi soir", "the alert went out on Thursday"). Ongoing events (a strike, a
 * summit) have many dates and are left out. Two articles that each give one day for an event, different days,
 * diverge.
 */
final class EventDates {
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(?:$|T.*)");
  private static final Map<String, List<String>> EVENTS = new LinkedHashMap<>();

  static {
    EVENTS.put("evacuation", List.of("evacu"));
    EVENTS.put("alert", List.of("alert"));
    EVENTS.put("agreement", List.of("accord", "agreement", "deal"));
    EVENTS.put("arrest", List.of("arrest", "interpel"));
    EVENTS.put("deaths", List.of("killed", "tues", "tuee"));
  }

  private EventDates() {}

  /** An event an article dates to a day, with the sentence that does. */
  record EventDay(String event, String day, String evidence) {}

  /** The events {@code article} dates to a day, in the order of its times. */
  static List<EventDay> of(AnalyzedArticle article) {
    List<EventDay> out = new ArrayList<>();
    for (TimeMention time : article.times()) {
      if ((time.type() != TimeType.DATE && time.type() != TimeType.TIME) || !DAY.matcher(time.value()).matches()
          || time.start() > article.text().length()) {
        continue;
      }
      String event = eventBefore(article, time);
      if (event != null) {
        out.add(new EventDay(event, time.value().substring(0, 10), Timeline.sentence(article, time.start(),
            time.end())));
      }
    }
    return out;
  }

  static List<Divergence> divergences(List<ArticleDigest> articles) {
    Map<String, Map<ArticleDigest, Set<String>>> days = new LinkedHashMap<>();
    Map<String, String> evidence = new LinkedHashMap<>();
    for (ArticleDigest article : articles) {
      for (EventDay dated : article.eventDays()) {
        days.computeIfAbsent(dated.event(), k -> new LinkedHashMap<>())
            .computeIfAbsent(article, k -> new TreeSet<>()).add(dated.day());
        evidence.putIfAbsent(dated.event() + "\u0000" + article.id() + "\u0000" + dated.day(), dated.evidence());
      }
    }
    List<Divergence> out = new ArrayList<>();
    days.forEach((event, perArticle) -> {
      Set<String> single = new TreeSet<>();
      perArticle.values().stream().filter(s -> s.size() == 1).forEach(single::addAll);
      if (single.size() > 1) {
        List<DivergenceClaim> claims = new ArrayList<>();
        perArticle.forEach((article, set) -> {
          if (set.size() == 1) {
            String day = set.iterator().next();
            claims.add(new DivergenceClaim(article.id(), article.outlet(), day,
                evidence.get(event + "\u0000" + article.id() + "\u0000" + day)));
          }
        });
        out.add(new Divergence(DivergenceKind.DATE, event,
            "the articles date the " + event + " differently: " + String.join(", ", single), claims));
      }
    });
    return out;
  }

  private static @org.jspecify.annotations.Nullable String eventBefore(AnalyzedArticle article, TimeMention time) {
    String sentence = Timeline.sentence(article, time.start(), time.end());
    int at = sentence.indexOf(time.text());
    if (at < 0) {
      return null;
    }
    List<String> before = new ArrayList<>();
    for (String word : Words.of(sentence.substring(0, at))) {
      if (!Stopwords.contains(word) && !Words.isNumber(word)) {
        before.add(word);
      }
    }
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - 4); i--) {
      for (Map.Entry<String, List<String>> e : EVENTS.entrySet()) {
        for (String prefix : e.getValue()) {
          if (before.get(i).startsWith(prefix)) {
            return e.getKey();
          }
        }
      }
    }
    return null;
  }
}
