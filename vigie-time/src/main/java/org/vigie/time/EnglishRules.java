package org.vigie.time;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
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
import org.vigie.time.Rule.Match;

/**
 * The English rules, spans as in TempEval-3: "three days ago", "last week", "the 1990s" are whole expressions;
 * prepositions ("on", "in", "since") stay out.
 */
final class EnglishRules {
  private static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october"
      + "|november|december";
  private static final String WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
  private static final String UNIT_NAMES = "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?"
      + "|decades?|centuries|century";
  private static final Set<String> YEAR_CUES = Set.of("in", "since", "by", "until", "till", "of", "from", "to",
      "before", "after", "during", "and", "or", "year", "early", "late", "mid", "spring", "summer", "autumn", "fall",
      "winter", "fiscal", "through", "between", "around", "circa", "c", "the");
  private static final Set<String> QUANTITY_WORDS = Set.of("people", "dollars", "euros", "pounds", "troops", "soldiers",
      "people's", "members", "votes", "points", "times", "km", "miles", "meters", "metres", "feet", "tons", "tonnes",
      "cars", "jobs", "homes", "students", "workers", "residents", "percent", "%", "years", "days", "hours", "months",
      "weeks", "million", "billion", "pages", "deaths", "victims", "cases");
  private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "during", "of", "from",
      "before", "after", "through", "to", "early", "late", "mid", "last", "next", "this", "and", "or");

  private EnglishRules() {}

  static List<Rule> rules() {
    RuleBook book = new RuleBook()
        .macro("MONTHNAME", "(?:" + MONTH_NAMES + ")")
        .macro("MONTHANY", "(?:" + MONTH_NAMES + "|jan\\.?|feb\\.?|mar\\.|apr\\.?|jun\\.|jul\\.|aug\\.?|sept?\\.?"
            + "|oct\\.?|nov\\.?|dec\\.?)")
        .macro("MONTH", "(?<month>{MONTHANY})")
        .macro("DAY", "(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\p{N})")
        .macro("YEAR", "(?<year>1\\d{3}|20\\d{2})(?!\\p{N})")
        .macro("WEEKDAY", "(?<wd>" + WEEKDAY_NAMES + ")")
        .macro("PART", "(?<part>morning|afternoon|evening|night)")
        .macro("NUM", "(?<num>" + NumberWords.DIGITS + "|" + NumberWords.ENGLISH + ")")
        .macro("UNIT", "(?<unit>" + UNIT_NAMES + ")")
        .macro("TZ", "(?: (?:gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|local time|(?:eastern|central|pacific|mountain"
            + "|british|paris|london|new york) time|\\((?:gmt|utc|est|et|local)\\)))?");

    book.add("iso-date", "{B}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2}){E}", match -> Readings.date(
        Integer.parseInt(match.group("y")), Integer.parseInt(match.group("m")), Integer.parseInt(match.group("d"))));
    book.add("numeric-date", "{B}(?<d>\\d{1,2})(?<sep>/)(?<m>\\d{1,2})/(?<y>\\d{4}|\\d{2}){E}",
        match -> Readings.numericDate(match, true));
    book.add("month-day", "{B}(?:{WEEKDAY},? )?{MONTH} {DAY}(?:,? {YEAR})?(?!\\p{L})", EnglishRules::dayMonth);
    book.add("day-month", "{B}(?:{WEEKDAY},? )?(?:the )?{DAY} (?:of )?{MONTH}(?:,? {YEAR})?(?!\\p{L})",
        EnglishRules::dayMonth);
    book.add("quarter", "{B}(?:the )?(?<n>first|second|third|fourth|1st|2nd|3rd|4th|last) (?<unit>quarter|half)"
        + "(?: (?:of )?{YEAR})?{E}", EnglishRules::quarter);
    book.add("month-year", "{B}(?:(?<mod>early|mid|late)[- ])?{MONTH},? {YEAR}", EnglishRules::monthYear);
    book.add("month", "{B}(?:(?<mod>early|mid|late)[- ]|(?:the )?(?:end|beginning|start|middle) of )?"
        + "(?:(?<rel>last|next|this) )?(?<month>{MONTHNAME}){E}", EnglishRules::month);
    book.add("year", "{B}(?:(?<mod>early|mid|late)[- ])?{YEAR}", EnglishRules::year);
    book.add("decade", "{B}(?:the )?(?:(?<mod>early|mid|late)[- ])?(?<dec>\\d{4}|'?\\d{2})'?s{E}",
        EnglishRules::decade);
    book.add("century", "{B}(?:the )?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>nineteenth|twentieth|twenty-first"
        + "|eighteenth)) century{E}", EnglishRules::century);
    book.add("relative-day", "{B}(?<w>the day before yesterday|the day after tomorrow|today|yesterday|tomorrow"
        + "|tonight)(?: {PART})?{E}", EnglishRules::relativeDay);
    book.add("this-part-of-day", "{B}(?<w>this|last|that) {PART}{E}", match -> {
      DayPart part = Vocabulary.dayPart(match.group("part"));
      return switch (match.group("w")) {
        case "this" -> new DaysFromToday(0, part);
        case "last" -> part == DayPart.NIGHT ? new DaysFromToday(-1, part) : null;
        default -> new DaysFromReference(0, part);
      };
    });
    book.add("weekday", "{B}(?:(?<det>this|last|next|that) )?{WEEKDAY}(?: {PART})?{E}", EnglishRules::weekday);
    book.add("weekend", "{B}(?:(?<det>this|last|next|the|that) )weekend{E}", match -> switch (match.group("det")) {
      case "last" -> new Weekend(Direction.LAST);
      case "next" -> new Weekend(Direction.NEXT);
      case "this" -> new Weekend(Direction.THIS);
      case "the" -> new Weekend(Direction.BY_TENSE);
      default -> null;
    });
    book.add("unit-shift", "{B}(?:(?<mod>earlier|later|early|late|(?:the )?(?:end|beginning|start|middle) of) )?"
        + "(?<det>last|next|this|the coming|the previous) (?<unit>week|month|year|decade|century){E}",
        EnglishRules::unitShift);
    book.add("ago", "{B}(?:{NUM}|(?<a>an?)|(?<vague>a few|several|a couple of|many|some)) {UNIT} ago{E}",
        EnglishRules::ago);
    book.add("in", "{B}in (?<t>(?:{NUM}|(?<a>an?)) {UNIT})(?! (?:of|from|after|before))(?!\\p{L})",
        match -> shift(match, 1));
    book.add("special-duration", "{B}(?<w>half an hour|a half hour|half a century|a quarter of an hour"
        + "|a quarter century|a year and a half|half a day){E}", EnglishRules::specialDuration);
    book.add("duration", "{B}(?:{NUM}|(?<a>an?)|(?<vague>a few|several|many|a couple of|some|a dozen)|(?<dozen>a"
        + " dozen))[ -]{UNIT}(?<long>-long)?{E}(?! old| ago)(?!-old)", EnglishRules::duration);
    book.add("clock-ampm", "{B}(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\\d))? ?(?<ampm>a\\.m\\.|p\\.m\\.|am|pm)"
        + "(?!\\p{L}){TZ}", EnglishRules::clockAmPm);
    book.add("clock-24", "{B}(?<h>[01]?\\d|2[0-3]):(?<m>[0-5]\\d)(?![\\p{N}:]){TZ}", match -> new ClockTime(
        Integer.parseInt(match.group("h")), Integer.parseInt(match.group("m"))));
    book.add("clock-oclock", "{B}(?<h>1[0-2]|0?[1-9]|" + NumberWords.ENGLISH + ") o'clock{E}", match -> {
      BigDecimal hour = NumberWords.english(match.group("h"));
      return hour == null || hour.intValue() > 12 ? null : new ClockTime(hour.intValue(), 0);
    });
    book.add("noon", "{B}(?<w>noon|midnight|midday){E}",
        match -> new ClockTime(match.group("w").equals("midnight") ? 0 : 12, 0));
    book.add("present", "{B}(?:now|currently|nowadays|at present|at the moment|these days|presently){E}",
        match -> new Reference("PRESENT_REF"));
    book.add("past", "{B}(?:recently|lately|in the past|formerly|in recent (?:days|weeks|months|years)"
        + "|(?:the|these) past few (?:days|weeks|months|years)){E}", match -> new Reference("PAST_REF"));
    book.add("future", "{B}(?:soon|in the future|in the coming (?:days|weeks|months|years)"
        + "|(?:the|in the) (?:next|coming) few (?:days|weeks|months|years)){E}",
        match -> new Reference("FUTURE_REF"));
    book.add("each", "{B}(?:every|each) (?:(?<num>\\d+|" + NumberWords.ENGLISH + "|other) )?(?<w>days?|weeks?"
        + "|months?|years?|hours?|minutes?|decades?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?"
        + "|sundays?|mornings?|evenings?|nights?|weekends?|summers?|winters?|springs?|autumns?){E}",
        EnglishRules::every);
    book.add("per", "{B}(?<w>once|twice) (?:a|per) (?<unit>day|week|month|year){E}", match -> {
      Vocabulary.UnitWord unit = Vocabulary.unit(match.group("unit"));
      return unit == null ? null : new Fixed(TimeType.SET, unit.unit().duration(BigDecimal.ONE));
    });
    book.add("set-word", "{B}(?<w>daily|weekly|monthly|annually|yearly|nightly|hourly|quarterly|biweekly){E}",
        match -> new Fixed(TimeType.SET, switch (match.group("w")) {
          case "daily", "nightly" -> "P1D";
          case "weekly" -> "P1W";
          case "biweekly" -> "P2W";
          case "monthly" -> "P1M";
          case "hourly" -> "PT1H";
          case "quarterly" -> "P3M";
          default -> "P1Y";
        }));
    book.add("season", "{B}(?:(?<prep>in|during) )?(?<t>(?:(?<det>this|last|next|the) )?(?<season>spring|summer"
        + "|autumn|fall|winter)(?: (?:of )?{YEAR})?){E}", EnglishRules::season);
    book.add("day-before", "{B}(?<w>the day before|the previous day|the next day|the following day|the day after"
        + "|that day|the same day)(?! (?:of|yesterday|tomorrow))(?!\\p{L})", match -> new DaysFromReference(
            switch (match.group("w")) {
              case "the day before", "the previous day" -> -1;
              case "that day", "the same day" -> 0;
              default -> 1;
            }, null));
    return book.rules();
  }

  private static boolean isProperMonth(Match match, int start, String month) {
    if (!month.equals("may") && !month.equals("march")) {
      return true;
    }
    return match.source().isUpperCase(start);
  }

  private static @Nullable Meaning dayMonth(Match match) {
    int day = Readings.dayNumber(match.group("day"));
    String monthWord = match.group("month");
    int month = Vocabulary.month(monthWord);
    if (!Readings.isValidMonthDay(month, day) || !isProperMonth(match, match.start("month"), monthWord)) {
      return null;
    }
    if (match.has("year")) {
      return Readings.date(Integer.parseInt(match.group("year")), month, day);
    }
    DayOfWeek weekday = match.has("wd") ? Vocabulary.weekday(match.group("wd")) : null;
    return new DayOfMonth(month, day, Direction.BY_TENSE, null, weekday);
  }

  /** "the fourth quarter of 2025" → 2025-Q4, "the first half" → the publication year's H1. */
  private static @Nullable Meaning quarter(Match match) {
    boolean half = match.group("unit").equals("half");
    int index = switch (match.group("n")) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      case "fourth", "4th" -> 4;
      default -> half ? 2 : 4;
    };
    return Meaning.yearPart(half, index, match.has("year") ? match.group("year") : null);
  }

  private static @Nullable Meaning monthYear(Match match) {
    String monthWord = match.group("month");
    int month = Vocabulary.month(monthWord);
    if (month == 0 || !isProperMonth(match, match.start("month"), monthWord)) {
      return null;
    }
    return new Fixed(TimeType.DATE, match.group("year") + "-" + Timex.two(month));
  }

  private static @Nullable Meaning month(Match match) {
    String monthWord = match.group("month");
    int start = match.start("month");
    Source source = match.source();
    if (!source.isUpperCase(start)) {
      return null;
    }
    boolean cued = match.has("mod") || match.has("rel") || match.start() < start
        || MONTH_CUES.contains(source.wordBefore(start));
    if ((monthWord.equals("may") || monthWord.equals("march")) && !cued) {
      return null;
    }
    String rel = match.group("rel");
    Direction direction = rel == null ? Direction.BY_TENSE : switch (rel) {
      case "last" -> Direction.LAST;
      case "next" -> Direction.NEXT;
      default -> Direction.THIS;
    };
    return new NamedMonth(Vocabulary.month(monthWord), direction);
  }

  private static @Nullable Meaning year(Match match) {
    int start = match.start("year");
    int end = match.matcher().end("year");
    Source source = match.source();
    int year = Integer.parseInt(match.group("year"));
    if (source.before(start, 2).matches(".*\\d[.,]|\\d |[$£€]") || source.after(end, 2).matches("[.,]\\d")) {
      return null;
    }
    String previous = source.wordBefore(start);
    String next = source.wordAfter(end);
    boolean cued = match.has("mod") || YEAR_CUES.contains(previous);
    if (QUANTITY_WORDS.contains(next) || source.after(end, 2).matches(" ?%")) {
      return null;
    }
    if (!cued && (year < 1900 || year > 2050)) {
      return null;
    }
    return new Fixed(TimeType.DATE, Timex.year(year));
  }

  private static @Nullable Meaning decade(Match match) {
    String digits = match.group("dec").replace("'", "");
    if (!digits.endsWith("0")) {
      return null;
    }
    if (digits.length() == 4) {
      return new Fixed(TimeType.DATE, digits.substring(0, 3));
    }
    int twoDigits = Integer.parseInt(digits);
    return new Fixed(TimeType.DATE, (twoDigits >= 20 ? "19" : "20") + digits.charAt(0));
  }

  private static @Nullable Meaning century(Match match) {
    int century;
    if (match.has("n")) {
      century = Integer.parseInt(match.group("n"));
    } else {
      century = switch (match.group("w")) {
        case "eighteenth" -> 18;
        case "nineteenth" -> 19;
        case "twentieth" -> 20;
        default -> 21;
      };
    }
    return century < 1 || century > 30 ? null : new Fixed(TimeType.DATE, Timex.two(century - 1));
  }

  private static @Nullable Meaning relativeDay(Match match) {
    DayPart part = match.has("part") ? Vocabulary.dayPart(match.group("part")) : null;
    return switch (match.group("w")) {
      case "the day before yesterday" -> new DaysFromToday(-2, part);
      case "yesterday" -> new DaysFromToday(-1, part);
      case "tomorrow" -> new DaysFromToday(1, part);
      case "the day after tomorrow" -> new DaysFromToday(2, part);
      case "tonight" -> new DaysFromToday(0, DayPart.NIGHT);
      default -> new DaysFromToday(0, part);
    };
  }

  private static @Nullable Meaning weekday(Match match) {
    String det = match.group("det");
    Direction direction = det == null ? Direction.BY_TENSE : switch (det) {
      case "last" -> Direction.LAST;
      case "next" -> Direction.NEXT;
      case "this" -> Direction.THIS;
      default -> Direction.SAME_AS_REFERENCE;
    };
    DayOfWeek day = Vocabulary.weekday(match.group("wd"));
    if (day == null) {
      return null;
    }
    DayPart part = match.has("part") ? Vocabulary.dayPart(match.group("part")) : null;
    return new NamedWeekday(day, direction, part);
  }

  private static @Nullable Meaning unitShift(Match match) {
    Vocabulary.UnitWord unit = Vocabulary.unit(match.group("unit"));
    if (unit == null) {
      return null;
    }
    int amount = switch (match.group("det")) {
      case "last", "the previous" -> -1;
      case "next", "the coming" -> 1;
      default -> 0;
    };
    return new UnitShift(unit.unit(), amount);
  }

  private static @Nullable Meaning ago(Match match) {
    if (match.has("vague")) {
      return new Reference("PAST_REF");
    }
    return shift(match, -1);
  }

  private static @Nullable Meaning shift(Match match, int sign) {
    Vocabulary.UnitWord unit = Vocabulary.unit(match.group("unit"));
    BigDecimal amount = match.has("a") ? BigDecimal.ONE : NumberWords.english(match.group("num"));
    if (unit == null || amount == null || unit.unit().isClock() || amount.stripTrailingZeros().scale() > 0) {
      return null;
    }
    return new UnitShift(unit.unit(), sign * unit.times(amount).intValue());
  }

  private static @Nullable Meaning specialDuration(Match match) {
    return new Fixed(TimeType.DURATION, switch (match.group("w")) {
      case "half an hour", "a half hour" -> "PT30M";
      case "half a century" -> "P50Y";
      case "a quarter of an hour" -> "PT15M";
      case "a quarter century" -> "P25Y";
      case "a year and a half" -> "P1.5Y";
      default -> "PT12H";
    });
  }

  private static @Nullable Meaning duration(Match match) {
    Vocabulary.UnitWord unit = Vocabulary.unit(match.group("unit"));
    if (unit == null) {
      return null;
    }
    if (match.has("vague") && !match.group("vague").equals("a dozen")) {
      return new Fixed(TimeType.DURATION, unit.unit().vagueDuration());
    }
    BigDecimal amount;
    if (match.has("vague") || match.has("dozen")) {
      amount = BigDecimal.valueOf(12);
    } else if (match.has("a")) {
      amount = BigDecimal.ONE;
    } else {
      amount = NumberWords.english(match.group("num"));
    }
    if (amount == null || amount.signum() == 0) {
      return null;
    }
    String previous = match.source().wordBefore(match.start());
    if (match.has("a") && (previous.equals("once") || previous.equals("twice") || previous.equals("per"))) {
      return null;
    }
    if (previous.equals("aged") || previous.equals("age")) {
      return null;
    }
    return new Fixed(TimeType.DURATION, unit.unit().duration(unit.times(amount)));
  }

  private static @Nullable Meaning clockAmPm(Match match) {
    int hour = Integer.parseInt(match.group("h"));
    int minute = match.has("m") ? Integer.parseInt(match.group("m")) : 0;
    boolean afternoon = match.group("ampm").startsWith("p");
    if (match.group("ampm").equals("am") && !match.source().text().substring(match.start("ampm"),
        match.matcher().end("ampm")).equals("am")) {
      return null;
    }
    if (afternoon && hour < 12) {
      hour += 12;
    } else if (!afternoon && hour == 12) {
      hour = 0;
    }
    return new ClockTime(hour, minute);
  }

  private static @Nullable Meaning every(Match match) {
    String word = match.group("w");
    String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    BigDecimal every = BigDecimal.ONE;
    if (match.has("num")) {
      every = match.group("num").equals("other") ? BigDecimal.TWO : NumberWords.english(match.group("num"));
      if (every == null) {
        return null;
      }
    }
    return Vocabulary.recurrence(singular, every, "weekend");
  }

  private static @Nullable Meaning season(Match match) {
    Season season = Vocabulary.season(match.group("season"));
    if (season == null) {
      return null;
    }
    boolean anchored = match.has("prep") || match.has("det") || match.has("year");
    if (!anchored || match.group("season").equals("fall") && !match.has("det") && !match.has("year")) {
      return null;
    }
    if (match.has("year")) {
      return new Fixed(TimeType.DATE, match.group("year") + "-" + season.code());
    }
    String det = match.group("det");
    Direction direction = det == null ? Direction.BY_TENSE : switch (det) {
      case "last" -> Direction.LAST;
      case "next" -> Direction.NEXT;
      case "this" -> Direction.THIS;
      default -> Direction.BY_TENSE;
    };
    return new NamedSeason(season, direction);
  }
}
