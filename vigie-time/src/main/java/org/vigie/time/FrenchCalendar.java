package org.vigie.time;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeType;
import org.vigie.time.Meaning.DayOfMonth;
import org.vigie.time.Meaning.DaysFromReference;
import org.vigie.time.Meaning.DaysFromToday;
import org.vigie.time.Meaning.Fixed;
import org.vigie.time.Meaning.NamedMonth;
import org.vigie.time.Meaning.NamedSeason;
import org.vigie.time.Meaning.NamedWeekday;
import org.vigie.time.Meaning.Reference;
import org.vigie.time.Meaning.UnitShift;
import org.vigie.time.Rule.Match;

/** Reads matches of the French rules that name points of the calendar: dates, months, years, weekdays, seasons. */
final class FrenchCalendar {
  /** Words after a bare four-digit number that make it a quantity, not a year. */
  static final Set<String> QUANTITY_WORDS = Set.of("euros", "euro", "francs", "franc", "f", "dollars", "m", "km", "kg",
      "g", "t", "ha", "tonnes", "metres", "kilometres", "hectares", "habitants", "personnes", "places", "emplois",
      "logements", "voix", "points", "fois", "exemplaires", "salaries", "postes", "eleves", "spectateurs", "visiteurs",
      "membres", "hommes", "femmes", "enfants", "litres", "kilos", "mn", "min", "ans", "jours", "heures", "mois",
      "semaines", "millions", "milliards", "cv", "m2", "m3", "%", "pages", "morts", "victimes", "soldats", "policiers",
      "manifestants", "participants", "entreprises", "communes", "foyers", "lits", "agents", "familles");

  /** Words before a number that make it a year even when it is alone. */
  static final Set<String> YEAR_CUES = Set.of("en", "depuis", "des", "de", "d'", "du", "avant", "apres", "jusqu'en",
      "vers", "pour", "entre", "et", "a", "au", "dans", "l'an", "annee", "l'annee", "fin", "debut", "mi", "courant",
      "printemps", "ete", "automne", "hiver", "saison", "exercice", "budget", "promotion", "cru", "millesime",
      "jusqu'a", "ou", "d'ici");

  static final Map<String, String> DECADE_WORDS = Map.of("vingt", "192", "trente", "193", "quarante", "194",
      "cinquante", "195", "soixante", "196", "soixante-dix", "197", "quatre-vingt", "198", "quatre-vingts", "198",
      "quatre-vingt-dix", "199");

  static final Map<String, Integer> CENTURY_WORDS = Map.of("dix-huitieme", 18, "dix-neuvieme", 19,
      "vingtieme", 20, "vingt et unieme", 21, "vingt-et-unieme", 21, "seizieme", 16, "dix-septieme", 17,
      "quinzieme", 15);

  private FrenchCalendar() {}
  static @Nullable Meaning isoDate(Match match) {
    Fixed date = Readings.date(Integer.parseInt(match.group("y")), Integer.parseInt(match.group("m")),
        Integer.parseInt(match.group("d")));
    if (date == null || !match.has("hh")) {
      return date;
    }
    return new Fixed(TimeType.TIME, date.value() + "T" + match.group("hh") + ":" + match.group("mm"));
  }

  static @Nullable Meaning dayMonth(Match match) {
    int day = Readings.dayNumber(match.group("day"));
    int month = Vocabulary.month(match.group("month"));
    if (!Readings.isValidMonthDay(month, day)) {
      return null;
    }
    DayPart part = partOf(match);
    if (match.has("year") || match.has("yy")) {
      int year = Readings.year(match.has("year") ? match.group("year") : match.group("yy"));
      Fixed date = Readings.date(year, month, day);
      if (date == null || part == null) {
        return date;
      }
      return new Fixed(TimeType.TIME, date.value() + "T" + part.code());
    }
    DayOfWeek weekday = match.has("wd") ? Vocabulary.weekday(match.group("wd")) : null;
    return new DayOfMonth(month, day, direction(match.group("rel")), part, weekday);
  }

  /** "Le marché a lieu le lundi": with the definite article and nothing after, a weekday is a habit. */
  static @Nullable Meaning habitualWeekday(Match match) {
    DayOfWeek weekday = Vocabulary.weekday(match.group("wd"));
    if (weekday == null) {
      return null;
    }
    DayPart part = partOf(match);
    return new Fixed(TimeType.SET, "XXXX-WXX-" + weekday.getValue() + (part == null ? "" : "T" + part.code()));
  }

  static @Nullable Meaning withPart(@Nullable Meaning day, DayPart part) {
    if (day instanceof DayOfMonth dayOfMonth) {
      return new DayOfMonth(dayOfMonth.month(), dayOfMonth.day(), dayOfMonth.direction(), part,
          dayOfMonth.weekday());
    }
    if (day instanceof Fixed fixed) {
      return new Fixed(TimeType.TIME, fixed.value() + "T" + part.code());
    }
    return day;
  }

  static @Nullable Meaning monthYear(Match match) {
    int month = Vocabulary.month(match.group("month"));
    int year = Readings.year(match.has("year") ? match.group("year") : match.group("yy"));
    if (month == 0) {
      return null;
    }
    return new Fixed(TimeType.DATE, Timex.year(year) + "-" + Timex.two(month));
  }

  static @Nullable Meaning month(Match match) {
    int start = match.start("month");
    boolean modified = match.has("mod") || match.start() < start;
    if (!modified && match.source().isUpperCase(start) && !match.source().startsSentence(start)) {
      return null;
    }
    if (!modified && Character.isDigit(lastCharBefore(match.source(), start))) {
      return null;
    }
    return new NamedMonth(Vocabulary.month(match.group("month")), direction(match.group("rel")));
  }

  static char lastCharBefore(Source source, int position) {
    int i = position - 1;
    while (i >= 0 && source.folded().charAt(i) == ' ') {
      i--;
    }
    return i < 0 ? ' ' : source.folded().charAt(i);
  }

  static @Nullable Meaning year(Match match) {
    if (!FrenchQuantities.approximationBelongs(match)) {
      return null;
    }
    int start = match.start("year");
    int end = match.matcher().end("year");
    Source source = match.source();
    int year = Integer.parseInt(match.group("year"));
    String before = source.before(start, 2);
    if (before.matches(".*\\d[.,]") || before.matches("\\d ") || source.after(end, 2).matches("[.,]\\d")) {
      return null;
    }
    boolean cued = match.has("yw") || match.has("mod");
    String previous = source.wordBefore(start);
    String next = source.wordAfter(end);
    if (!cued && (QUANTITY_WORDS.contains(next) || source.after(end, 2).matches(" ?[%€$£]"))) {
      return null;
    }
    if (!cued && !YEAR_CUES.contains(previous) && !source.before(start, 1).matches("[(\\-/]") && (year < 1900
        || year > 2050 || isPluralNoun(next))) {
      return null;
    }
    if (previous.equals("n") || previous.equals("no") || previous.equals("numero") || previous.equals("page")
        || previous.equals("article") || previous.equals("route") || previous.equals("rn") || previous.equals("cd")) {
      return null;
    }
    return new Fixed(TimeType.DATE, Timex.year(year));
  }

  static boolean isPluralNoun(String word) {
    return word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !Set.of("dans", "sous", "sans", "puis",
        "plus", "alors", "depuis", "mais", "jamais", "toujours", "tous", "ceux", "vous", "nous", "lors", "leurs",
        "apres", "auquel", "avec", "deux", "trois", "six", "dix").contains(word);
  }

  static @Nullable Meaning decade(Match match) {
    String decade = match.group("dec");
    String value;
    if (decade.matches("\\d{4}")) {
      value = decade.endsWith("0") ? decade.substring(0, 3) : null;
    } else if (decade.matches("\\d{2}")) {
      int twoDigits = Integer.parseInt(decade);
      value = twoDigits % 10 != 0 ? null : twoDigits >= 20 ? "19" + decade.charAt(0) : "20" + decade.charAt(0);
    } else {
      value = DECADE_WORDS.get(decade);
    }
    return value == null ? null : new Fixed(TimeType.DATE, value);
  }

  static @Nullable Meaning century(Match match) {
    int century = match.has("w") ? CENTURY_WORDS.getOrDefault(match.group("w"), 0)
        : Readings.ordinal(match.group("n"));
    if (century < 1 || century > 30) {
      return null;
    }
    return new Fixed(TimeType.DATE, Timex.two(century - 1));
  }

  static @Nullable DayPart partOf(Match match) {
    if (match.has("part")) {
      return Vocabulary.dayPart(match.group("part"));
    }
    return match.has("partq") ? Vocabulary.dayPart(match.group("partq")) : null;
  }

  static @Nullable Meaning relativeDay(Match match) {
    String word = match.group("w");
    DayPart part = partOf(match);
    int days = switch (word) {
      case "avant-hier" -> -2;
      case "hier" -> -1;
      case "demain" -> 1;
      case "apres-demain" -> 2;
      default -> 0;
    };
    if (days == 0 && part == null && meansNowadays(match)) {
      return new Reference("PRESENT_REF");
    }
    return new DaysFromToday(days, part);
  }

  /** "Aujourd'hui, la ville a changé" and "la France d'aujourd'hui" mean nowadays, not the publication day. */
  static boolean meansNowadays(Match match) {
    Source source = match.source();
    int start = match.start();
    int end = match.end();
    if (source.before(start, 2).equals("d'") && !source.before(start, 7).equals("jusqu'")) {
      return true;
    }
    return source.startsSentence(start) && source.after(end, 1).equals(",");
  }

  static @Nullable Meaning weekday(Match match) {
    String det = match.group("det");
    String rel = match.group("rel");
    Direction direction;
    if (rel != null) {
      direction = direction(rel);
    } else if (det == null) {
      direction = Direction.BY_TENSE;
    } else {
      direction = det.equals("ce") ? Direction.THIS : Direction.SAME_AS_REFERENCE;
    }
    if (match.source().isUpperCase(match.start("wd")) && !match.source().startsSentence(match.start("wd"))
        && det == null && match.source().after(match.matcher().end("wd"), 6).startsWith(" gras")) {
      return null;
    }
    return new NamedWeekday(weekdayOf(match), direction, partOf(match));
  }

  static DayOfWeek weekdayOf(Match match) {
    DayOfWeek day = Vocabulary.weekday(match.group("wd"));
    if (day == null) {
      throw new IllegalStateException("not a weekday: " + match.group("wd"));
    }
    return day;
  }

  static @Nullable Meaning unitShift(Match match) {
    String det = match.group("det") == null ? "" : match.group("det").strip();
    Vocabulary.UnitWord unit = Vocabulary.unit(match.group("unit"));
    if (unit == null) {
      return null;
    }
    int amount;
    if (match.has("rel")) {
      amount = match.group("rel").startsWith("prochain") ? 1 : -1;
    } else if (match.has("ci") || det.startsWith("ce") || match.has("mod")) {
      amount = 0;
    } else {
      return null;
    }
    return new UnitShift(unit.unit(), amount);
  }

  static @Nullable Meaning eveAndDayAfter(Match match) {
    int days = switch (match.group("w")) {
      case "la veille" -> -1;
      case "l'avant-veille" -> -2;
      case "le lendemain" -> 1;
      default -> 2;
    };
    return new DaysFromReference(days, match.has("part") ? Vocabulary.dayPart(match.group("part")) : null);
  }

  static @Nullable Meaning partOfThatDay(Match match) {
    Source source = match.source();
    if (source.isUpperCase(match.start("part"))) {
      return null;
    }
    String next = source.wordAfter(match.end());
    if (!match.has("rel") && (next.equals("de") || next.equals("des") || next.equals("du") || next.startsWith("d'"))) {
      return null;
    }
    int days = !match.has("rel") ? 0 : match.group("rel").equals("suivante") ? 1 : -1;
    return new DaysFromReference(days, Vocabulary.dayPart(match.group("part")));
  }

  static @Nullable Meaning season(Match match) {
    Season season = Vocabulary.season(match.group("season"));
    if (season == null) {
      return null;
    }
    boolean anchored = match.has("prep") || match.has("det") || match.has("year") || match.has("rel")
        || match.has("mod");
    if (!anchored || season == Season.SUMMER && !match.has("det") && !match.has("prep")) {
      return null;
    }
    if (match.has("year")) {
      return new Fixed(TimeType.DATE, match.group("year") + "-" + season.code());
    }
    String det = match.group("det");
    Direction direction = match.has("rel") ? direction(match.group("rel"))
        : det != null && det.startsWith("ce") ? Direction.THIS : Direction.BY_TENSE;
    return new NamedSeason(season, direction);
  }

  /** "le premier trimestre 1999" → 1999-Q1, "au second semestre" → the publication year's H2. */
  static @Nullable Meaning quarter(Match match) {
    boolean half = match.group("unit").equals("semestre");
    int index = switch (match.group("n")) {
      case "premier", "1er" -> 1;
      case "deuxieme", "2e", "second" -> 2;
      case "troisieme", "3e" -> 3;
      case "quatrieme", "4e" -> 4;
      default -> half ? 2 : 4;
    };
    return Meaning.yearPart(half, index, match.has("year") ? match.group("year") : null);
  }

  /** Fixed feasts as month and day; movable ones as days after Easter Sunday. */
  static final Map<String, int[]> FIXED_HOLIDAYS = Map.ofEntries(Map.entry("noel", new int[] {12, 25}),
      Map.entry("reveillon de noel", new int[] {12, 24}), Map.entry("toussaint", new int[] {11, 1}),
      Map.entry("saint-sylvestre", new int[] {12, 31}), Map.entry("jour de l'an", new int[] {1, 1}),
      Map.entry("assomption", new int[] {8, 15}), Map.entry("saint-valentin", new int[] {2, 14}),
      Map.entry("saint-nicolas", new int[] {12, 6}), Map.entry("sainte-barbe", new int[] {12, 4}),
      Map.entry("chandeleur", new int[] {2, 2}), Map.entry("saint-jean", new int[] {6, 24}),
      Map.entry("fete de la musique", new int[] {6, 21}), Map.entry("fete nationale", new int[] {7, 14}),
      Map.entry("armistice", new int[] {11, 11}), Map.entry("halloween", new int[] {10, 31}));

  static final Map<String, Integer> EASTER_OFFSETS = Map.ofEntries(Map.entry("paques", 0),
      Map.entry("lundi de paques", 1), Map.entry("pentecote", 49), Map.entry("lundi de pentecote", 50),
      Map.entry("ascension", 39), Map.entry("jeudi de l'ascension", 39), Map.entry("mardi gras", -47),
      Map.entry("mercredi des cendres", -46), Map.entry("vendredi saint", -2), Map.entry("dimanche des rameaux", -7));

  static @Nullable Meaning holiday(Match match) {
    String name = match.group("w").replaceFirst("^(?:la |le |l')", "");
    Direction direction = direction(match.group("rel"));
    Integer afterEaster = EASTER_OFFSETS.get(name);
    if (afterEaster != null) {
      if (match.has("year")) {
        return new Fixed(TimeType.DATE, Timex.day(Easter.sunday(Integer.parseInt(match.group("year")))
            .plusDays(afterEaster)));
      }
      return new Meaning.AfterEaster(afterEaster, direction);
    }
    int[] monthDay = FIXED_HOLIDAYS.get(name);
    if (monthDay == null) {
      return null;
    }
    if (match.has("year")) {
      return Readings.date(Integer.parseInt(match.group("year")), monthDay[0], monthDay[1]);
    }
    return new DayOfMonth(monthDay[0], monthDay[1], direction, null);
  }

  static Direction direction(@Nullable String rel) {
    if (rel == null) {
      return Direction.BY_TENSE;
    }
    return rel.startsWith("prochain") ? Direction.NEXT : Direction.LAST;
  }
}
