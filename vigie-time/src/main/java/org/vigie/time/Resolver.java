package org.vigie.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeType;
import org.vigie.time.Meaning.ClockTime;
import org.vigie.time.Meaning.DayOfMonth;
import org.vigie.time.Meaning.DaysFromReference;
import org.vigie.time.Meaning.DaysFromToday;
import org.vigie.time.Meaning.Fixed;
import org.vigie.time.Meaning.NamedMonth;
import org.vigie.time.Meaning.NamedSeason;
import org.vigie.time.Meaning.NamedWeekday;
import org.vigie.time.Meaning.Reference;
import org.vigie.time.Meaning.UnitShift;
import org.vigie.time.Meaning.Weekend;

/** Turns a {@link Meaning} into a TIMEX3 type and value, given the publication date, tense and reference day. */
final class Resolver {

  /**
   * What resolution may look at.
   *
   * @param dct the publication date, or null when unknown (relative values then keep X placeholders)
   * @param reference the day the text was last talking about, for clock times and "la veille"; null → the DCT
   */
  record Context(@Nullable LocalDate dct, Tense tense, @Nullable LocalDate reference, Language language) {

    @Nullable LocalDate anchor() {
      return reference != null ? reference : dct;
    }
  }

  /** A resolved value, and the day it denotes when it denotes one (to anchor later clock times). */
  record Resolved(TimeType type, String value, @Nullable LocalDate day) {}

  private Resolver() {}

  static Resolved resolve(Meaning meaning, Context context) {
    return switch (meaning) {
      case Fixed fixed -> new Resolved(fixed.type(), fixed.value(), dayOf(fixed.value()));
      case Reference reference ->
          new Resolved(context.language() == Language.FRENCH ? TimeType.TIME : TimeType.DATE, reference.value(), null);
      case DaysFromToday days -> day(plusDays(context.dct(), days.days()), days.part());
      case DaysFromReference days -> day(plusDays(context.anchor(), days.days()), days.part());
      case NamedWeekday weekday -> context.dct() == null
          ? new Resolved(weekday.part() == null ? TimeType.DATE : TimeType.TIME, "XXXX-WXX-"
              + weekday.day().getValue() + (weekday.part() == null ? "" : "T" + weekday.part().code()), null)
          : day(weekday(weekday, context), weekday.part());
      case DayOfMonth dayOfMonth -> dayOfMonth(dayOfMonth, context);
      case NamedMonth month -> namedMonth(month.month(), month.direction(), context);
      case NamedSeason season -> season(season, context);
      case UnitShift shift -> new Resolved(TimeType.DATE, shift(shift, context.dct()),
          shift.unit() == Unit.DAY ? plusDays(context.dct(), shift.amount()) : null);
      case Meaning.ReferenceShift shift -> new Resolved(TimeType.DATE, shift(new UnitShift(shift.unit(),
          shift.amount()), context.anchor()), null);
      case Meaning.WeekdayAndDay weekdayAndDay -> day(weekdayAndDay(weekdayAndDay, context.dct()), null);
      case Meaning.NewYear newYear -> new Resolved(TimeType.DATE, context.dct() == null ? "XXXX"
          : Timex.year(context.dct().getYear() + (context.dct().getMonthValue() >= 7 ? 1 : 0)), null);
      case Meaning.Anaphor anaphor -> new Resolved(context.language() == Language.FRENCH ? TimeType.TIME
          : TimeType.DATE, "PAST_REF", null);
      case Meaning.YearPart part -> new Resolved(TimeType.DATE, (context.dct() == null ? "XXXX"
          : Timex.year(context.dct().getYear())) + "-" + part.code(), null);
      case Meaning.AfterEaster feast -> day(afterEaster(feast, context), null);
      case Weekend weekend -> new Resolved(TimeType.DATE, weekend(weekend.direction(), context), null);
      case ClockTime clock -> new Resolved(TimeType.TIME, Timex.clock(context.anchor(), clock.hour(), clock.minute()),
          context.anchor());
    };
  }

  private static Resolved day(@Nullable LocalDate date, @Nullable DayPart part) {
    return new Resolved(part == null ? TimeType.DATE : TimeType.TIME, Timex.day(date, part), date);
  }

  private static @Nullable LocalDate plusDays(@Nullable LocalDate date, int days) {
    return date == null ? null : date.plusDays(days);
  }

  private static @Nullable LocalDate dayOf(String value) {
    if (value.length() < 10 || !value.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeException notADay) {
      return null;
    }
  }

  private static @Nullable LocalDate weekday(NamedWeekday weekday, Context context) {
    LocalDate dct = context.dct();
    if (dct == null) {
      return null;
    }
    DayOfWeek target = weekday.day();
    int back = (dct.getDayOfWeek().getValue() - target.getValue() + 7) % 7;
    int forward = (7 - back) % 7;
    return switch (weekday.direction()) {
      case LAST -> dct.minusDays(back == 0 ? 7 : back);
      case NEXT -> dct.plusDays(forward == 0 ? 7 : forward);
      case THIS -> back == 0 ? dct : byTense(dct, back, forward, context.tense());
      case SAME_AS_REFERENCE -> {
        LocalDate reference = context.reference();
        if (reference != null && reference.getDayOfWeek() == target) {
          yield reference;
        }
        yield back == 0 ? dct : byTense(dct, back, forward, context.tense());
      }
      // A bare weekday that is the publication's own names that day ("ont engagé vendredi" in Friday's paper):
      // news reports events of the day in the past tense.
      case BY_TENSE -> switch (context.tense()) {
        case PAST -> dct.minusDays(back);
        case FUTURE -> dct.plusDays(forward == 0 ? 7 : forward);
        case UNKNOWN -> back == 0 ? dct : byTense(dct, back, forward, Tense.UNKNOWN);
      };
    };
  }

  private static LocalDate byTense(LocalDate dct, int back, int forward, Tense tense) {
    return switch (tense) {
      case PAST -> dct.minusDays(back);
      case FUTURE -> dct.plusDays(forward);
      case UNKNOWN -> forward <= 3 ? dct.plusDays(forward) : dct.minusDays(back);
    };
  }

  private static @Nullable LocalDate weekdayAndDay(Meaning.WeekdayAndDay meaning, @Nullable LocalDate dct) {
    if (dct == null) {
      return null;
    }
    LocalDate best = null;
    for (int months = -3; months <= 3; months++) {
      LocalDate month = dct.withDayOfMonth(1).plusMonths(months);
      if (meaning.dayOfMonth() > month.lengthOfMonth()) {
        continue;
      }
      LocalDate candidate = month.withDayOfMonth(meaning.dayOfMonth());
      if (candidate.getDayOfWeek() == meaning.day() && (best == null
          || Math.abs(ChronoUnit.DAYS.between(dct, candidate)) < Math.abs(ChronoUnit.DAYS.between(dct, best)))) {
        best = candidate;
      }
    }
    return best;
  }

  private static @Nullable LocalDate afterEaster(Meaning.AfterEaster feast, Context context) {
    LocalDate dct = context.dct();
    if (dct == null) {
      return null;
    }
    LocalDate best = null;
    for (int year = dct.getYear() - 1; year <= dct.getYear() + 1; year++) {
      LocalDate candidate = Easter.sunday(year).plusDays(feast.days());
      if (isBetter(candidate, best, dct, feast.direction(), context.tense(), ChronoUnit.DAYS)) {
        best = candidate;
      }
    }
    return best;
  }

  private static Resolved dayOfMonth(DayOfMonth day, Context context) {
    LocalDate dct = context.dct();
    if (dct == null) {
      return new Resolved(day.part() == null ? TimeType.DATE : TimeType.TIME,
          "XXXX-" + Timex.two(day.month()) + "-" + Timex.two(day.day()) + (day.part() == null ? ""
              : "T" + day.part().code()), null);
    }
    LocalDate best = null;
    for (int year = dct.getYear() - 1; year <= dct.getYear() + 1; year++) {
      LocalDate candidate;
      try {
        candidate = LocalDate.of(year, day.month(), day.day());
      } catch (DateTimeException impossible) {
        continue;
      }
      if (day.weekday() != null && candidate.getDayOfWeek() == day.weekday()
          && (best == null || best.getDayOfWeek() != day.weekday()
          || Math.abs(ChronoUnit.DAYS.between(dct, candidate)) < Math.abs(ChronoUnit.DAYS.between(dct, best)))) {
        best = candidate;
      } else if ((best == null || day.weekday() == null || best.getDayOfWeek() != day.weekday())
          && isBetter(candidate, best, dct, day.direction(), context.tense(), ChronoUnit.DAYS)) {
        best = candidate;
      }
    }
    return day(best, day.part());
  }

  private static Resolved namedMonth(int month, Direction direction, Context context) {
    LocalDate dct = context.dct();
    if (dct == null) {
      return new Resolved(TimeType.DATE, "XXXX-" + Timex.two(month), null);
    }
    LocalDate best = null;
    LocalDate dctMonth = dct.withDayOfMonth(1);
    for (int year = dct.getYear() - 1; year <= dct.getYear() + 1; year++) {
      LocalDate candidate = LocalDate.of(year, month, 1);
      if (isBetter(candidate, best, dctMonth, direction, context.tense(), ChronoUnit.MONTHS)) {
        best = candidate;
      }
    }
    if (best == null) {
      best = dctMonth.withMonth(month);
    }
    return new Resolved(TimeType.DATE, Timex.month(YearMonth.from(best)), null);
  }

  /** Whether {@code candidate} suits the direction and tense better than {@code best}, around {@code now}. */
  private static boolean isBetter(LocalDate candidate, @Nullable LocalDate best, LocalDate now, Direction direction,
      Tense tense, ChronoUnit unit) {
    long distance = unit.between(now, candidate);
    boolean allowed = switch (direction) {
      case LAST -> distance < 0;
      case NEXT -> distance > 0;
      case THIS -> candidate.getYear() == now.getYear();
      case BY_TENSE, SAME_AS_REFERENCE -> switch (tense) {
        case PAST -> distance <= 0;
        case FUTURE -> distance >= 0;
        case UNKNOWN -> true;
      };
    };
    if (!allowed) {
      return false;
    }
    if (best == null) {
      return true;
    }
    long bestDistance = unit.between(now, best);
    if (Math.abs(distance) != Math.abs(bestDistance)) {
      return Math.abs(distance) < Math.abs(bestDistance);
    }
    return candidate.getYear() == now.getYear();
  }

  /**
   * Seasons are counted in a row, four a year, winter belonging to the year of its January: in February 2026 the
   * current winter is 2026-WI, "l'hiver dernier" 2025-WI, "au printemps" 2026-SP in the future and 2025-SP in the past.
   */
  private static Resolved season(NamedSeason named, Context context) {
    LocalDate dct = context.dct();
    Season season = named.season();
    if (dct == null) {
      return new Resolved(TimeType.DATE, "XXXX-" + season.code(), null);
    }
    int now = seasonOrdinal(dct);
    Integer best = null;
    for (int year = dct.getYear() - 1; year <= dct.getYear() + 1; year++) {
      int candidate = year * 4 + season.ordinal();
      int distance = candidate - now;
      boolean allowed = switch (named.direction()) {
        case LAST -> distance < 0;
        case NEXT -> distance > 0;
        case THIS -> year == dct.getYear();
        case BY_TENSE, SAME_AS_REFERENCE -> switch (context.tense()) {
          case PAST -> distance <= 0;
          case FUTURE -> distance >= 0;
          case UNKNOWN -> true;
        };
      };
      if (allowed && (best == null || Math.abs(distance) < Math.abs(best - now)
          || Math.abs(distance) == Math.abs(best - now) && year == dct.getYear())) {
        best = candidate;
      }
    }
    int year = best == null ? dct.getYear() : Math.floorDiv(best, 4);
    return new Resolved(TimeType.DATE, Timex.year(year) + "-" + season.code(), null);
  }

  private static int seasonOrdinal(LocalDate date) {
    int month = date.getMonthValue();
    Season season = switch (month) {
      case 3, 4, 5 -> Season.SPRING;
      case 6, 7, 8 -> Season.SUMMER;
      case 9, 10, 11 -> Season.AUTUMN;
      default -> Season.WINTER;
    };
    int year = month == 12 ? date.getYear() + 1 : date.getYear();
    return year * 4 + season.ordinal();
  }

  private static String shift(UnitShift shift, @Nullable LocalDate dct) {
    int amount = shift.amount();
    if (dct == null) {
      return switch (shift.unit()) {
        case WEEK -> "XXXX-WXX";
        case MONTH -> "XXXX-XX";
        case YEAR -> "XXXX";
        case DECADE -> "XXX";
        case CENTURY -> "XX";
        default -> Timex.UNKNOWN_DAY;
      };
    }
    return switch (shift.unit()) {
      case WEEK -> Timex.week(dct.plusWeeks(amount));
      case MONTH -> Timex.month(YearMonth.from(dct).plusMonths(amount));
      case YEAR -> Timex.year(dct.getYear() + amount);
      case DECADE -> String.valueOf(Math.floorDiv(dct.getYear(), 10) + amount);
      case CENTURY -> Timex.two(Math.floorDiv(dct.getYear(), 100) + amount);
      default -> Timex.day(dct.plusDays(amount));
    };
  }

  private static String weekend(Direction direction, Context context) {
    LocalDate dct = context.dct();
    if (dct == null) {
      return "XXXX-WXX-WE";
    }
    int sinceSaturday = (dct.getDayOfWeek().getValue() - DayOfWeek.SATURDAY.getValue() + 7) % 7;
    LocalDate lastSaturday = dct.minusDays(sinceSaturday);
    boolean inWeekend = sinceSaturday <= 1;
    LocalDate saturday = switch (direction) {
      case LAST -> inWeekend ? lastSaturday.minusWeeks(1) : lastSaturday;
      case NEXT -> lastSaturday.plusWeeks(1);
      case THIS, SAME_AS_REFERENCE, BY_TENSE -> {
        if (inWeekend) {
          yield lastSaturday;
        }
        yield switch (context.tense()) {
          case PAST -> lastSaturday;
          case FUTURE -> lastSaturday.plusWeeks(1);
          case UNKNOWN -> sinceSaturday <= 7 - sinceSaturday ? lastSaturday : lastSaturday.plusWeeks(1);
        };
      }
    };
    return Timex.week(saturday) + "-WE";
  }
}
