package org.vigie.nlp.eval;

import static org.vigie.nlp.eval.ScoringText.fold;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.model.TimeMention;

/** Compares one analysed article with its gold, rule by rule as the guidelines' scoring section states them. */
public final class WhoScorer {
  /** A time zone after a clock time: Z, +02, +02:00, -0500. */
  private static final Pattern TIME_ZONE = Pattern.compile("(T\\d{2}(?::\\d{2}){0,2}(?:\\.\\d+)?)(?:Z|[+-]\\d{2}(?::?\\d{2})?)$");
  private static final Pattern ZERO_SECONDS = Pattern.compile("(T\\d{2}:\\d{2}):00(?:\\.0+)?$");
  private static final int SHOWN = 100;

  private WhoScorer() {}

  /**
   * The counts and the misses of one article, and their classes: why each gold quote without its speaker lacks it,
   * why roles were missed, which kind of entity error each miss and spurious entity is.
   */
  public record ArticleScore(String id, Tally tally, List<Miss> misses, List<SpeakerError> speakerErrors,
      RoleErrors roleErrors, EntityErrors entityErrors) {
    public ArticleScore {
      misses = List.copyOf(misses);
      speakerErrors = List.copyOf(speakerErrors);
    }
  }

  public static ArticleScore score(GoldArticle gold, AnalyzedArticle predicted) {
    List<Miss> misses = new ArrayList<>();
    int published = 0;
    int publishedRight = 0;
    if (gold.published() != null) {
      published = 1;
      if (gold.published().toString().equals(predicted.published())) {
        publishedRight = 1;
      } else {
        misses.add(new Miss(Miss.Kind.PUBLISHED, "gold " + gold.published() + ", predicted " + predicted.published()));
      }
    }
    Entities entities = entities(gold.entities(), predicted.entities(), misses);
    List<SpeakerError> speakerErrors = new ArrayList<>();
    Quotes quotes = quotes(gold, predicted, misses, speakerErrors);
    int[] times = times(gold.times(), predicted.times(), misses);
    Tally tally = new Tally(entities.gold, entities.found, entities.predicted, entities.predictedRight,
        entities.roles, entities.rolesFound, gold.quotes().size(), quotes.found, quotes.speakersRight, times[0],
        times[1], published, publishedRight);
    return new ArticleScore(gold.id(), tally, misses, speakerErrors, RoleErrors.of(gold, predicted),
        EntityErrors.of(gold, predicted));
  }

  private record Entities(int gold, int found, int predicted, int predictedRight, int roles, int rolesFound) {}

  private record Quotes(int found, int speakersRight) {}

  /** Whether a predicted entity names the gold one: an accepted type, and its name or a mention is a gold form. */
  static boolean matches(GoldEntity gold, Entity predicted) {
    return gold.accepted().contains(predicted.type()) && sameName(gold, predicted);
  }

  /** Whether the predicted name or one of its mention texts is a gold form, whatever the type. */
  static boolean sameName(GoldEntity gold, Entity predicted) {
    Set<String> forms = gold.forms().map(ScoringText::fold).collect(Collectors.toSet());
    return predictedForms(predicted).anyMatch(forms::contains);
  }

  /** The predicted name and its mention texts, folded. */
  static Stream<String> predictedForms(Entity predicted) {
    return Stream.concat(Stream.of(predicted.name()), predicted.mentions().stream().map(Mention::text))
        .map(ScoringText::fold);
  }

  private static Entities entities(List<GoldEntity> golds, List<Entity> predictions, List<Miss> misses) {
    int gold = 0;
    int found = 0;
    int roles = 0;
    int rolesFound = 0;
    for (GoldEntity entity : golds) {
      if (entity.optional()) {
        continue;
      }
      gold++;
      List<Entity> matched = predictions.stream().filter(p -> matches(entity, p)).toList();
      if (matched.isEmpty()) {
        misses.add(new Miss(Miss.Kind.MISSED_ENTITY, entity.name() + " (" + entity.type() + ")"
            + otherTypes(entity, predictions)));
        continue;
      }
      found++;
      List<String> predictedRoles = matched.stream().flatMap(p -> p.roles().stream()).distinct().toList();
      for (String role : entity.roles()) {
        roles++;
        if (predictedRoles.stream().anyMatch(p -> roleMatches(role, p))) {
          rolesFound++;
        } else {
          misses.add(new Miss(Miss.Kind.MISSED_ROLE, entity.name() + ": " + role + "; predicted " + predictedRoles));
        }
      }
    }
    int predicted = 0;
    int predictedRight = 0;
    for (Entity entity : predictions) {
      if (entity.type() == EntityType.MISC) {
        continue;
      }
      predicted++;
      if (golds.stream().anyMatch(g -> matches(g, entity))) {
        predictedRight++;
      } else {
        misses.add(new Miss(Miss.Kind.SPURIOUS_ENTITY, entity.name() + " (" + entity.type() + ")"));
      }
    }
    return new Entities(gold, found, predicted, predictedRight, roles, rolesFound);
  }

  /** ", predicted as MISC" when the name was found with a type the gold does not accept. */
  private static String otherTypes(GoldEntity gold, List<Entity> predictions) {
    Set<String> forms = gold.forms().map(ScoringText::fold).collect(Collectors.toSet());
    String types = predictions.stream()
        .filter(p -> predictedForms(p).anyMatch(forms::contains))
        .map(p -> p.type().name()).distinct().collect(Collectors.joining("/"));
    return types.isEmpty() ? "" : ", predicted as " + types;
  }

  /** A predicted role contains the gold one, is contained in it with two words or more, or overlaps it by 0.6. */
  static boolean roleMatches(String gold, String predicted) {
    String g = fold(gold);
    String p = fold(predicted);
    return p.contains(g)
        || (g.contains(p) && ScoringText.words(predicted).size() >= 2)
        || ScoringText.overlap(gold, predicted) >= 0.6;
  }

  private static Quotes quotes(GoldArticle gold, AnalyzedArticle article, List<Miss> misses,
      List<SpeakerError> speakerErrors) {
    List<Quote> predictions = article.quotes();
    boolean[] used = new boolean[predictions.size()];
    int found = 0;
    int speakersRight = 0;
    for (GoldQuote quote : gold.quotes()) {
      int best = -1;
      double bestOverlap = 0;
      for (int i = 0; i < predictions.size(); i++) {
        double overlap = used[i] ? -1 : ScoringText.overlap(quote.text(), predictions.get(i).text());
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0 || bestOverlap < 0.5) {
        misses.add(new Miss(Miss.Kind.MISSED_QUOTE, "«" + shown(quote.text()) + "» (" + quote.speaker() + ")"));
        speakerErrors.add(SpeakerError.QUOTE_NOT_FOUND);
        continue;
      }
      used[best] = true;
      found++;
      Quote match = predictions.get(best);
      String speaker = match.speaker() == null ? null : match.speaker().name();
      if (speakerRight(quote, speaker, gold.entities())) {
        speakersRight++;
      } else {
        SpeakerError error = SpeakerError.of(quote, match, named(quote, gold.entities()), article);
        speakerErrors.add(error);
        misses.add(new Miss(Miss.Kind.WRONG_SPEAKER, "«" + shown(quote.text()) + "» gold " + quote.speaker()
            + ", predicted " + speaker + " (" + error.label() + ")"));
      }
    }
    return new Quotes(found, speakersRight);
  }

  /**
   * The predicted name equals (folded) the gold speaker, a {@code speaker_ok} or an alias of the gold entity, or its
   * words include the last word of one of them. A quote the gold gives no speaker is right only without one.
   */
  static boolean speakerRight(GoldQuote quote, @Nullable String predicted, List<GoldEntity> entities) {
    if (quote.speaker() == null) {
      return predicted == null;
    }
    if (predicted == null) {
      return false;
    }
    Set<String> accepted = new LinkedHashSet<>();
    accepted.add(quote.speaker());
    accepted.addAll(quote.speakerOk());
    named(quote, entities).forEach(entity -> entity.forms().forEach(accepted::add));
    String name = fold(predicted);
    Set<String> words = ScoringText.words(predicted);
    return accepted.stream().anyMatch(a -> fold(a).equals(name) || words.contains(ScoringText.lastWord(a)));
  }

  /** The gold entities the quote's speaker names (name or alias, folded); none for a description or null. */
  static List<GoldEntity> named(GoldQuote quote, List<GoldEntity> entities) {
    if (quote.speaker() == null) {
      return List.of();
    }
    String speaker = fold(quote.speaker());
    return entities.stream().filter(e -> e.forms().map(ScoringText::fold).anyMatch(speaker::equals)).toList();
  }

  /** {right, total} over the non-optional gold times other than the dateline. */
  private static int[] times(List<GoldTime> golds, List<TimeMention> predictions, List<Miss> misses) {
    boolean[] used = new boolean[predictions.size()];
    int total = 0;
    int right = 0;
    for (GoldTime time : golds) {
      if (time.optional() || time.dateline()) {
        continue;
      }
      total++;
      String text = fold(time.text());
      int match = -1;
      for (int i = 0; i < predictions.size() && match < 0; i++) {
        String candidate = fold(predictions.get(i).text());
        if (!used[i] && (candidate.contains(text) || text.contains(candidate))) {
          match = i;
        }
      }
      if (match < 0) {
        misses.add(new Miss(Miss.Kind.MISSED_TIME, "\"" + time.text() + "\" " + time.value()));
        continue;
      }
      used[match] = true;
      TimeMention found = predictions.get(match);
      if (Objects.equals(comparable(time.value()), comparable(found.value()))) {
        right++;
      } else {
        misses.add(new Miss(Miss.Kind.WRONG_TIME, "\"" + time.text() + "\" gold " + time.value() + ", predicted "
            + found.value() + " (\"" + found.text() + "\")"));
      }
    }
    return new int[] {total, right};
  }

  /** A TIMEX3 value without its time zone and without ":00" seconds. */
  static String comparable(String value) {
    String bare = TIME_ZONE.matcher(value.strip()).replaceFirst("$1");
    return ZERO_SECONDS.matcher(bare).replaceFirst("$1");
  }

  private static String shown(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }
}
