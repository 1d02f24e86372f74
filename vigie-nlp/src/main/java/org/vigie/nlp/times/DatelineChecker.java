package org.vigie.nlp.times;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigie.model.DatelineCheck;
import org.vigie.model.TimeMention;
import org.vigie.time.FoundTimes;

/**
 * Checks an article's publication date against its own dates, and says which date the content implies when they
 * disagree. Two kinds of evidence, in this order:
 *
 * <ol>
 *   <li>a deictic word set beside a full date names the same day ("hier, mardi 3 mars"): the publication date
 *       follows from it;
 *   <li>news writes a bare weekday ("a déclaré jeudi", "ont engagé vendredi") for a day within a few days of
 *       publication. When two or more bare weekdays land further than {@value #RECENT_DAYS} days from the
 *       publication date, and another date within a week makes every one of them recent, that date is implied
 *       (the nearest such date to the one given).
 * </ol>
 */
final class DatelineChecker {
  static final int RECENT_DAYS = 3;
  private static final int SEARCH_DAYS = 7;
  private static final int MIN_STALE_WEEKDAYS = 2;
  private static final Map<String, Integer> DEICTIC_OFFSETS = Map.ofEntries(
      Map.entry("avant-hier", 2), Map.entry("hier", 1), Map.entry("aujourd'hui", 0), Map.entry("aujourd’hui", 0),
      Map.entry("demain", -1), Map.entry("après-demain", -2), Map.entry("yesterday", 1), Map.entry("today", 0),
      Map.entry("tomorrow", -1));
  private static final Pattern APPOSITION_GAP = Pattern.compile("[\\s,(–-]{0,4}");
  private static final Pattern FULL_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern BARE_WEEKDAY = Pattern.compile(
      "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday"
          + "|sunday)(\\s+(matin|midi|après-midi|soir|nuit|morning|afternoon|evening|night))?",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * Checks {@code published} against {@code times}, the expressions {@code found} in {@code text} resolved against
   * it; other candidate dates are tried by resolving {@code found} again, without tagging the text again.
   */
  DatelineCheck check(String text, FoundTimes found, LocalDate published, List<TimeMention> times) {
    return fromApposition(text, times, published)
        .or(() -> fromWeekdays(found, published, times))
        .orElseGet(() -> new DatelineCheck(published.toString(), published.toString(), true, List.of()));
  }

  private static Optional<DatelineCheck> fromApposition(String text, List<TimeMention> times, LocalDate published) {
    for (int i = 0; i + 1 < times.size(); i++) {
      Integer offset = DEICTIC_OFFSETS.get(times.get(i).text().toLowerCase(Locale.ROOT));
      TimeMention next = times.get(i + 1);
      LocalDate day = fullDate(next.value());
      if (offset != null && day != null
          && APPOSITION_GAP.matcher(text.substring(times.get(i).end(), next.start())).matches()) {
        LocalDate implied = day.plusDays(offset);
        if (!implied.equals(published)) {
          String evidence = text.substring(times.get(i).start(), next.end());
          return Optional.of(new DatelineCheck(published.toString(), implied.toString(), false, List.of(evidence)));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DatelineCheck> fromWeekdays(FoundTimes found, LocalDate published,
      List<TimeMention> times) {
    List<TimeMention> stale = staleWeekdays(times, published); // tagged against the dateline already

    if (stale.size() < MIN_STALE_WEEKDAYS) {
      return Optional.empty();
    }
    for (int distance = 1; distance <= SEARCH_DAYS; distance++) {
      for (LocalDate candidate : List.of(published.plusDays(distance), published.minusDays(distance))) {
        if (staleWeekdays(found.resolve(candidate), candidate).isEmpty()) {
          List<String> evidence = new ArrayList<>();
          for (TimeMention weekday : stale) {
            evidence.add(weekday.text() + ": " + weekday.value() + " by the dateline");
          }
          return Optional.of(new DatelineCheck(published.toString(), candidate.toString(), false, evidence));
        }
      }
    }
    return Optional.empty();
  }

  /** The bare weekdays among {@code times}, tagged against {@code publication}, that fall days away from it. */
  private static List<TimeMention> staleWeekdays(List<TimeMention> times, LocalDate publication) {
    List<TimeMention> stale = new ArrayList<>();
    for (TimeMention time : times) {
      LocalDate day = fullDate(time.value());
      if (day != null && BARE_WEEKDAY.matcher(time.text()).matches()
          && Math.abs(ChronoUnit.DAYS.between(day, publication)) > RECENT_DAYS) {
        stale.add(time);
      }
    }
    return stale;
  }

  private static @Nullable LocalDate fullDate(String value) {
    if (!FULL_DATE.matcher(value).find()) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
