package org.vigie.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;
import org.vigie.time.Meaning.ClockTime;
import org.vigie.time.Meaning.DayOfMonth;
import org.vigie.time.Meaning.DaysFromReference;
import org.vigie.time.Meaning.NamedMonth;
import org.vigie.time.Meaning.NamedSeason;
import org.vigie.time.Meaning.NamedWeekday;
import org.vigie.time.Meaning.ReferenceShift;
import org.vigie.time.Meaning.Weekend;
import org.vigie.time.Resolver.Resolved;

/**
 * Finds the temporal expressions of a French or English text and gives each its TIMEX3 type and value, resolved
 * against the publication date (DCT).
 *
 * <p>Relative expressions are resolved the way a reader of the article would: a weekday by the tense of its clause
 * ("a déclaré mercredi" → the Wednesday before the DCT, "rencontrera lundi" → the Monday after), a clock time or "la
 * veille" against the day its sentence talks about, else the last day mentioned before it, else the DCT. Without a
 * DCT, values keep TIMEX3's X placeholders ("XXXX-XX-XX", "XXXX-WXX-3").
 *
 * <p>Spans are char offsets into the text; mentions come sorted and never overlap (the longest match wins).
 * Instances are immutable and thread-safe: patterns compile once in the constructor, {@code tag} does no I/O.
 */
public final class TimeTagger {
  /** How many earlier mentions a clock time or "la veille" may look through for the day it belongs to. */
  private static final int REFERENCE_LOOKBACK = 64;

  private final Map<Language, RuleIndex> rules;

  public TimeTagger() {
    this(Map.of(Language.FRENCH, new RuleIndex(FrenchRules.rules()),
        Language.ENGLISH, new RuleIndex(EnglishRules.rules())));
  }

  private TimeTagger(Map<Language, RuleIndex> rules) {
    this.rules = rules;
  }

  /** The same tagger trying every rule at every word start: the reference its start filters must agree with. */
  static TimeTagger withoutStartFilters() {
    return new TimeTagger(Map.of(Language.FRENCH, new RuleIndex(FrenchRules.rules()).withoutStartFilters(),
        Language.ENGLISH, new RuleIndex(EnglishRules.rules()).withoutStartFilters()));
  }

  /**
   * Tags {@code text}.
   *
   * @param language "fr" or "en" (regional variants such as "fr-BE" are accepted); other languages get no mentions
   * @param dct the publication date, or null when unknown
   */
  public List<TimeMention> tag(String text, String language, @Nullable LocalDate dct) {
    return find(text, language).resolve(dct);
  }

  /**
   * Finds the expressions of {@code text} without resolving them: {@code find(text, language).resolve(dct)} is
   * {@code tag(text, language, dct)}, and resolving the same text against several dates finds only once.
   *
   * @param language "fr" or "en" (regional variants such as "fr-BE" are accepted); other languages get no mentions
   */
  public FoundTimes find(String text, String language) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(language, "language must not be null");
    Optional<Language> known = Language.fromCode(language);
    if (known.isEmpty() || text.isEmpty()) {
      return FoundTimes.NONE;
    }
    Source source = Source.of(text);
    List<Candidate> chosen = LongestMatch.select(rules.get(known.get()).candidates(source));
    Sentences sentences = Sentences.of(source);
    int count = chosen.size();
    int[] sentenceOf = new int[count];
    Tense[] tenses = new Tense[count];
    for (int i = 0; i < count; i++) {
      Candidate candidate = chosen.get(i);
      sentenceOf[i] = sentences.indexOf(candidate.start());
      tenses[i] = needsTense(candidate.meaning()) ? TenseGuesser.guess(source, sentences.start(sentenceOf[i]),
          sentences.end(sentenceOf[i]), candidate.start(), candidate.end(), known.get()) : Tense.UNKNOWN;
    }
    return new FoundTimes(source.text(), chosen, sentenceOf, tenses, known.get());
  }

  /** Resolves what {@link #find} found against {@code dct}. */
  static List<TimeMention> resolve(String text, List<Candidate> chosen, int[] sentenceOf, Tense[] tenses,
      Language language, @Nullable LocalDate dct) {
    int count = chosen.size();
    Resolved[] resolved = new Resolved[count];
    for (int i = 0; i < count; i++) {
      Candidate candidate = chosen.get(i);
      if (!needsReference(candidate.meaning())) {
        resolved[i] = Resolver.resolve(candidate.meaning(), new Resolver.Context(dct, tenses[i], null, language));
      }
    }
    for (int i = 0; i < count; i++) {
      if (resolved[i] == null && chosen.get(i).meaning() instanceof Meaning.Anaphor anaphor) {
        resolved[i] = lastCalendarValue(resolved, i, anaphor.moment());
      }
      if (resolved[i] == null) {
        Candidate candidate = chosen.get(i);
        LocalDate reference = referenceDay(chosen, resolved, sentenceOf, i);
        resolved[i] = Resolver.resolve(candidate.meaning(), new Resolver.Context(dct, tenses[i], reference,
            language));
      }
    }
    List<TimeMention> mentions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Candidate candidate = chosen.get(i);
      mentions.add(new TimeMention(text.substring(candidate.start(), candidate.end()), candidate.start(),
          candidate.end(), resolved[i].type(), resolved[i].value()));
    }
    return List.copyOf(mentions);
  }

  /**
   * The last date or time before mention {@code index} that names a point of the calendar; for a moment, a clock time
   * among the last two such mentions wins over a day.
   */
  private static @Nullable Resolved lastCalendarValue(Resolved[] resolved, int index, boolean moment) {
    Resolved last = null;
    int seen = 0;
    for (int i = index - 1; i >= 0 && seen < 2; i--) {
      Resolved earlier = resolved[i];
      if (earlier != null && (earlier.type() == TimeType.DATE || earlier.type() == TimeType.TIME)
          && !earlier.value().isEmpty() && Character.isDigit(earlier.value().charAt(0))) {
        if (last == null) {
          last = earlier;
        }
        if (!moment || earlier.value().contains(":")) {
          return moment ? earlier : last;
        }
        seen++;
      }
    }
    return last;
  }

  private static boolean needsReference(Meaning meaning) {
    return meaning instanceof Meaning.Anaphor || meaning instanceof ClockTime || meaning instanceof DaysFromReference
        || meaning instanceof ReferenceShift
        || meaning instanceof NamedWeekday weekday && weekday.direction() == Direction.SAME_AS_REFERENCE;
  }

  private static boolean needsTense(Meaning meaning) {
    return meaning instanceof NamedWeekday || meaning instanceof DayOfMonth || meaning instanceof NamedMonth
        || meaning instanceof NamedSeason || meaning instanceof Weekend;
  }

  /**
   * The day mention {@code index} is anchored to: the nearest day in its own sentence, else the last day mentioned
   * before it, else null (the DCT).
   */
  private static @Nullable LocalDate referenceDay(List<Candidate> chosen, Resolved[] resolved, int[] sentenceOf,
      int index) {
    int start = chosen.get(index).start();
    LocalDate before = null;
    int beforeDistance = Integer.MAX_VALUE;
    for (int i = index - 1; i >= 0 && sentenceOf[i] == sentenceOf[index]; i--) {
      if (resolved[i] != null && resolved[i].day() != null) {
        before = resolved[i].day();
        beforeDistance = start - chosen.get(i).start();
        break;
      }
    }
    for (int i = index + 1; i < chosen.size() && sentenceOf[i] == sentenceOf[index]; i++) {
      if (resolved[i] != null && resolved[i].day() != null) {
        if (chosen.get(i).start() - start < beforeDistance) {
          return resolved[i].day();
        }
        break;
      }
    }
    if (before != null) {
      return before;
    }
    for (int i = index - 1; i >= Math.max(0, index - REFERENCE_LOOKBACK); i--) {
      if (resolved[i] != null && resolved[i].day() != null) {
        return resolved[i].day();
      }
    }
    return null;
  }
}
