package org.vigie.time;

import java.time.DayOfWeek;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeType;

/**
 * What a rule understood in an expression, before the publication date, the tense and the dates mentioned earlier
 * turn it into a TIMEX3 value (see {@link Resolver}).
 */
sealed interface Meaning {

  /** A value that needs no context: "6 février 2026" → 2026-02-06, "deux jours" → P2D, "chaque année" → P1Y. */
  record Fixed(TimeType type, String value) implements Meaning {}

  /** A vague reference to the present, past or future: PRESENT_REF, PAST_REF, FUTURE_REF. */
  record Reference(String value) implements Meaning {}

  /** A day counted from the publication date: aujourd'hui (0), hier (-1), "demain matin" (+1, morning). */
  record DaysFromToday(int days, @Nullable DayPart part) implements Meaning {}

  /** A day counted from the day the text was last talking about: "la veille" (-1), "la nuit" (0, night). */
  record DaysFromReference(int days, @Nullable DayPart part) implements Meaning {}

  /** A day of the week: "mercredi", "jeudi soir", "lundi dernier". */
  record NamedWeekday(DayOfWeek day, Direction direction, @Nullable DayPart part) implements Meaning {}

  /**
   * A day of a month without a year: "le 1er mars", "26 septembre dernier"; a weekday given with it ("vendredi 28
   * mai") picks the year where it falls on that day.
   */
  record DayOfMonth(int month, int day, Direction direction, @Nullable DayPart part, @Nullable DayOfWeek weekday)
      implements Meaning {

    DayOfMonth(int month, int day, Direction direction, @Nullable DayPart part) {
      this(month, day, direction, part, null);
    }
  }

  /** A month without a year: "juin", "début octobre", "septembre dernier". */
  record NamedMonth(int month, Direction direction) implements Meaning {}

  /** A season without a year: "au printemps", "cet été", "l'hiver dernier". */
  record NamedSeason(Season season, Direction direction) implements Meaning {}

  /** A calendar unit shifted from the publication date: "la semaine dernière" (week, -1), "il y a trois jours". */
  record UnitShift(Unit unit, int amount) implements Meaning {}

  /** A calendar unit shifted from the date the text was last talking about: "la semaine suivante" (week, +1). */
  record ReferenceShift(Unit unit, int amount) implements Meaning {}

  /** A weekday with a day number and no month: "samedi 22" is the nearest 22nd that falls on a Saturday. */
  record WeekdayAndDay(DayOfWeek day, int dayOfMonth) implements Meaning {}

  /** "La nouvelle année": the year that has just begun, or the one about to begin in the second half of a year. */
  record NewYear() implements Meaning {}

  /**
   * "À cette époque", "à ce moment-là": the time the text was last talking about; a moment prefers a recent clock
   * time to a day.
   */
  record Anaphor(boolean moment) implements Meaning {}

  /** A quarter or half of the publication year: "au premier trimestre" (Q1), "au second semestre" (H2). */
  record YearPart(String code) implements Meaning {}

  /**
   * Quarter or half {@code index} (from 1) of {@code year}, or of the publication year when null; null when a half
   * is numbered past 2.
   */
  static @Nullable Meaning yearPart(boolean half, int index, @Nullable String year) {
    if (half && index > 2) {
      return null;
    }
    String code = (half ? "H" : "Q") + index;
    return year != null ? new Fixed(TimeType.DATE, year + "-" + code) : new YearPart(code);
  }

  /** A movable feast, counted in days from Easter Sunday: "Pâques" (0), "l'Ascension" (39), "la Pentecôte" (49). */
  record AfterEaster(int days, Direction direction) implements Meaning {}

  /** A weekend: "ce week-end", "le week-end dernier". */
  record Weekend(Direction direction) implements Meaning {}

  /** A time of the day, on the day the sentence is about: "10 h 30", "midi", "2:30 p.m.". */
  record ClockTime(int hour, int minute) implements Meaning {}
}
