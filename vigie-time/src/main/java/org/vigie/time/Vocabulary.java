package org.vigie.time;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeType;

/** Calendar words of both languages (folded: lower case, no accents) and what they stand for. */
final class Vocabulary {

  /** A unit word: the unit, and how many of it one word counts ("trimestre" is three months). */
  record UnitWord(Unit unit, int count) {

    BigDecimal times(BigDecimal amount) {
      return amount.multiply(BigDecimal.valueOf(count));
    }
  }

  private static final Map<String, Integer> MONTH_PREFIXES = Map.ofEntries(
      Map.entry("janv", 1), Map.entry("jan", 1), Map.entry("fev", 2), Map.entry("feb", 2), Map.entry("mars", 3),
      Map.entry("mar", 3), Map.entry("avr", 4), Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("may", 5),
      Map.entry("juin", 6), Map.entry("jun", 6), Map.entry("juil", 7), Map.entry("jul", 7), Map.entry("aou", 8),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
      Map.entry("lundi", DayOfWeek.MONDAY), Map.entry("mardi", DayOfWeek.TUESDAY),
      Map.entry("mercredi", DayOfWeek.WEDNESDAY), Map.entry("jeudi", DayOfWeek.THURSDAY),
      Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("samedi", DayOfWeek.SATURDAY),
      Map.entry("dimanche", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY),
      Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
      Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
      Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

  private static final Map<String, UnitWord> UNITS = Map.ofEntries(
      Map.entry("seconde", new UnitWord(Unit.SECOND, 1)), Map.entry("second", new UnitWord(Unit.SECOND, 1)),
      Map.entry("minute", new UnitWord(Unit.MINUTE, 1)), Map.entry("heure", new UnitWord(Unit.HOUR, 1)),
      Map.entry("hour", new UnitWord(Unit.HOUR, 1)), Map.entry("jour", new UnitWord(Unit.DAY, 1)),
      Map.entry("journee", new UnitWord(Unit.DAY, 1)), Map.entry("day", new UnitWord(Unit.DAY, 1)),
      Map.entry("semaine", new UnitWord(Unit.WEEK, 1)), Map.entry("week", new UnitWord(Unit.WEEK, 1)),
      Map.entry("fortnight", new UnitWord(Unit.WEEK, 2)), Map.entry("mois", new UnitWord(Unit.MONTH, 1)),
      Map.entry("month", new UnitWord(Unit.MONTH, 1)), Map.entry("trimestre", new UnitWord(Unit.MONTH, 3)),
      Map.entry("quarter", new UnitWord(Unit.MONTH, 3)), Map.entry("semestre", new UnitWord(Unit.MONTH, 6)),
      Map.entry("an", new UnitWord(Unit.YEAR, 1)), Map.entry("ans", new UnitWord(Unit.YEAR, 1)),
      Map.entry("annee", new UnitWord(Unit.YEAR, 1)),
      Map.entry("year", new UnitWord(Unit.YEAR, 1)), Map.entry("decennie", new UnitWord(Unit.DECADE, 1)),
      Map.entry("decade", new UnitWord(Unit.DECADE, 1)), Map.entry("siecle", new UnitWord(Unit.CENTURY, 1)),
      Map.entry("century", new UnitWord(Unit.CENTURY, 1)), Map.entry("centurie", new UnitWord(Unit.CENTURY, 1)),
      Map.entry("millenaire", new UnitWord(Unit.YEAR, 1000)), Map.entry("millennium", new UnitWord(Unit.YEAR, 1000)),
      Map.entry("millennia", new UnitWord(Unit.YEAR, 1000)), Map.entry("h", new UnitWord(Unit.HOUR, 1)),
      Map.entry("min", new UnitWord(Unit.MINUTE, 1)), Map.entry("mn", new UnitWord(Unit.MINUTE, 1)));

  private static final Map<String, DayPart> DAY_PARTS = Map.ofEntries(
      Map.entry("matin", DayPart.MORNING), Map.entry("matinee", DayPart.MORNING),
      Map.entry("apres-midi", DayPart.AFTERNOON), Map.entry("apres midi", DayPart.AFTERNOON),
      Map.entry("soir", DayPart.EVENING), Map.entry("soiree", DayPart.EVENING), Map.entry("nuit", DayPart.NIGHT),
      Map.entry("journee", DayPart.DAYTIME), Map.entry("morning", DayPart.MORNING),
      Map.entry("afternoon", DayPart.AFTERNOON), Map.entry("evening", DayPart.EVENING),
      Map.entry("night", DayPart.NIGHT), Map.entry("tonight", DayPart.NIGHT));

  private static final Map<String, Season> SEASONS = Map.ofEntries(
      Map.entry("printemps", Season.SPRING), Map.entry("ete", Season.SUMMER), Map.entry("automne", Season.AUTUMN),
      Map.entry("hiver", Season.WINTER), Map.entry("spring", Season.SPRING), Map.entry("summer", Season.SUMMER),
      Map.entry("autumn", Season.AUTUMN), Map.entry("fall", Season.AUTUMN), Map.entry("winter", Season.WINTER));

  private Vocabulary() {}

  private static final Set<String> MONTH_NAMES = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
      "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december");

  /** Whether a folded word is a full French or English month name. */
  static boolean isMonthName(String folded) {
    return MONTH_NAMES.contains(folded);
  }

  /**
   * 1-12 for a French or English month name or abbreviation ("fevr.", "Sept", "August") found by a month pattern,
   * or 0; it reads prefixes, so it is not a test of whether any word is a month (see {@link #isMonthName}).
   */
  static int month(String folded) {
    String word = folded.replace(".", "").strip();
    for (int length = Math.min(4, word.length()); length >= 3; length--) {
      Integer month = MONTH_PREFIXES.get(word.substring(0, length));
      if (month != null) {
        return month;
      }
    }
    return 0;
  }

  static @Nullable DayOfWeek weekday(String folded) {
    return WEEKDAYS.get(stripPlural(folded));
  }

  static @Nullable UnitWord unit(String folded) {
    String word = folded.strip();
    UnitWord unit = UNITS.get(word);
    if (unit == null && word.equals("centuries")) {
      return UNITS.get("century");
    }
    return unit != null ? unit : UNITS.get(stripPlural(word));
  }

  static @Nullable DayPart dayPart(String folded) {
    return DAY_PARTS.get(stripPlural(folded.strip()));
  }

  static @Nullable Season season(String folded) {
    return SEASONS.get(folded.strip());
  }

  private static String stripPlural(String word) {
    return word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.equals("mois")
        ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * A calendar word repeated every {@code every} units as a TIMEX3 SET ("tous les lundis" → XXXX-WXX-1, "every
   * two weeks" → P2W), or null for a word that names no period.
   *
   * @param singular    the word, folded and without its plural ending
   * @param weekendWord how the language writes "weekend"
   */
  static @Nullable Meaning recurrence(String singular, BigDecimal every, String weekendWord) {
    DayOfWeek weekday = weekday(singular);
    if (weekday != null) {
      return new Meaning.Fixed(TimeType.SET, "XXXX-WXX-" + weekday.getValue());
    }
    DayPart part = dayPart(singular);
    if (part != null) {
      return new Meaning.Fixed(TimeType.SET, "XXXX-XX-XXT" + part.code());
    }
    Season season = season(singular);
    if (season != null) {
      return new Meaning.Fixed(TimeType.SET, "XXXX-" + season.code());
    }
    if (singular.equals(weekendWord)) {
      return new Meaning.Fixed(TimeType.SET, "XXXX-WXX-WE");
    }
    UnitWord unit = unit(singular);
    return unit == null ? null : new Meaning.Fixed(TimeType.SET, unit.unit().duration(unit.times(every)));
  }
}
