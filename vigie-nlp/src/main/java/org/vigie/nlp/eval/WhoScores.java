package org.vigie.nlp.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vigie.nlp.eval.WhoScorer.ArticleScore;

/** Articles' scores added up, and the figures they give, one a line. */
public record WhoScores(List<ArticleScore> articles, Tally total) {
  public WhoScores {
    articles = List.copyOf(articles);
  }

  public static WhoScores of(List<ArticleScore> articles) {
    return new WhoScores(articles, articles.stream().map(ArticleScore::tally).reduce(Tally.ZERO, Tally::plus));
  }

  /**
   * "entity recall 0.843 (199/236)", then entity precision, role recall, quotes, speakers, times, dates, and the
   * errors by class: speakers, roles, entities (counts only, so they may be shown for a half whose misses stay
   * unread).
   */
  public List<String> figures() {
    Tally t = total;
    EntityErrors entityErrors = articles.stream().map(ArticleScore::entityErrors)
        .reduce(EntityErrors.ZERO, EntityErrors::plus);
    return Stream.concat(Stream.of(
        figure("entity recall", t.entityRecall(), t.entitiesFound(), t.entities()),
        figure("entity precision", t.entityPrecision(), t.predictedRight(), t.predicted()),
        figure("role recall", t.roleRecall(), t.rolesFound(), t.roles()),
        figure("quote recall", t.quoteRecall(), t.quotesFound(), t.quotes()),
        figure("speaker accuracy", t.speakerAccuracy(), t.speakersRight(), t.quotes()),
        figure("time value accuracy", t.timeValueAccuracy(), t.timesRight(), t.times()),
        String.format(Locale.ROOT, "published right %d/%d", t.publishedRight(), t.published()),
        speakerErrors(),
        articles.stream().map(ArticleScore::roleErrors).reduce(RoleErrors.ZERO, RoleErrors::plus).line()),
        entityErrors.lines().stream()).toList();
  }

  /** "speaker errors: quote not found 4; no speaker, gold in sentence 2; ...": counts only, classes in order. */
  public String speakerErrors() {
    Map<SpeakerError, Long> counts = articles.stream().flatMap(a -> a.speakerErrors().stream())
        .collect(Collectors.groupingBy(e -> e, () -> new EnumMap<>(SpeakerError.class), Collectors.counting()));
    String listed = counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
        .collect(Collectors.joining("; "));
    return "speaker errors: " + (listed.isEmpty() ? "none" : listed);
  }

  private static String figure(String name, double value, int part, int whole) {
    return String.format(Locale.ROOT, "%s %.3f (%d/%d)", name, value, part, whole);
  }
}
