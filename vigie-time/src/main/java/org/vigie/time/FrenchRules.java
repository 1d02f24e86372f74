package org.vigie.time;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.vigie.model.TimeType;
import org.vigie.time.Meaning.DaysFromReference;
import org.vigie.time.Meaning.DaysFromToday;
import org.vigie.time.Meaning.Fixed;
import org.vigie.time.Meaning.NamedMonth;
import org.vigie.time.Meaning.NamedWeekday;
import org.vigie.time.Meaning.Reference;
import org.vigie.time.Meaning.UnitShift;
import org.vigie.time.Meaning.Weekend;

/**
 * The French rules. Spans follow French TimeML: determiners ("le 6 mai", "l'année dernière", "ce soir") and
 * modifiers ("début octobre", "environ deux mois") belong to the expression, prepositions ("en", "depuis", "à",
 * "il y a") do not.
 */
final class FrenchRules {
  private static final String MONTH_NAMES = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre"
      + "|novembre|decembre";

  private static final String WEEKDAY_NAMES = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

  private static final String UNIT_NAMES = "secondes?|minutes?|heures?|jours?|journees?|semaines?|mois|ans|annees?"
      + "|an|decennies?|siecles?|millenaires?|trimestres?|semestres?";

  private FrenchRules() {}

  static List<Rule> rules() {
    RuleBook book = new RuleBook()
        .macro("MONTHNAME", "(?:" + MONTH_NAMES + ")")
        .macro("MONTHANY", "(?:" + MONTH_NAMES + "|janv\\.?|fevr?\\.|avr\\.|juil\\.|sept\\.|oct\\.|nov\\.|dec\\.)")
        .macro("MONTH", "(?<month>{MONTHANY})")
        .macro("DAY", "(?<day>1er|premier|3[01]|[12]\\d|0?[1-9])(?!\\p{N})")
        .macro("DAYX", "(?:1er|premier|3[01]|[12]\\d|0?[1-9])(?!\\p{N})")
        .macro("YEAR", "(?<year>1\\d{3}|20\\d{2})(?!\\p{N})")
        .macro("YY", "(?<yy>'?\\d{2})(?!\\p{N}| ?h(?!\\p{L})| ?heure)")
        .macro("WEEKDAY", "(?<wd>" + WEEKDAY_NAMES + ")")
        .macro("WEEKDAYX", "(?:" + WEEKDAY_NAMES + ")")
        .macro("PART", "(?<part>matinee|matin|apres-midi|apres midi|soiree|soir|nuit|journee)")
        .macro("PARTOF", "(?:(?:(?:en )?(?:debut|fin|milieu) (?:de |d')|au |dans la |dans l')?{PART}"
            + "|«(?:dans la |dans l'|en )?{PARTX}»)")
        .macro("PARTX", "(?<partq>matinee|matin|apres-midi|soiree|soir|nuit|journee)")
        .macro("REL", "(?<rel>derniere?|prochaine?|passee?)")
        .macro("MOD", "(?<mod>debut|fin|mi|courant|milieu)")
        .macro("NUM", "(?<num>" + NumberWords.DIGITS + "|" + NumberWords.FRENCH + ")")
        .macro("UNIT", "(?<unit>" + UNIT_NAMES + ")")
        .macro("TZ", "(?:,? heure (?:locale|francaise|de paris|de [\\p{L}-]+)|,? heures? locales?| locales?"
            + "| gmt| utc| \\((?:gmt|utc)\\)| en france| heure de paris)?");

    book.add("iso-date", "{B}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?:t(?<hh>[01]\\d|2[0-3]):(?<mm>[0-5]\\d))?{E}",
        FrenchCalendar::isoDate);
    book.add("numeric-date", "{B}(?<d>\\d{1,2})(?<sep>[/.])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4}|\\d{2}){E}",
        match -> Readings.numericDate(match, false));
    book.add("day-month", "{B}(?:(?<det>le|ce) )?(?:{WEEKDAY},? (?:le )?)?{DAY} {MONTH}(?:,? (?:{YEAR}|{YY}))?"
        + "(?: {REL})?(?: au (?<part>matin|soir)| dans la (?<partq>soiree|matinee|nuit))?(?!\\p{L})",
        FrenchCalendar::dayMonth);
    book.add("night-of-date", "{B}(?:la )?nuit du (?:{DAYX} (?:au|a) ){DAY} {MONTH}(?: {YEAR})?(?!\\p{L})",
        match -> FrenchCalendar.withPart(FrenchCalendar.dayMonth(match), DayPart.NIGHT));
    book.add("first-day-of-range", "{B}(?<t>(?:{WEEKDAY} )?{DAY})(?=(?: (?:au|et|a) (?:{WEEKDAYX} )?| ?- ?){DAYX}"
        + " {MONTH}(?: {YEAR})?)", FrenchCalendar::dayMonth);
    book.add("weekday-and-day", "{B}(?:(?<det>le|ce) )?{WEEKDAY} {DAY}(?! ?(?:\\p{L}|[.,]\\d|h\\b))",
        match -> {
          DayOfWeek weekday = Vocabulary.weekday(match.group("wd"));
          int day = Readings.dayNumber(match.group("day"));
          return weekday == null || day < 1 ? null : new Meaning.WeekdayAndDay(weekday, day);
        });
    book.add("quarter", "{B}(?:le )?(?<n>premier|1er|deuxieme|2e|second|troisieme|3e|quatrieme|4e|dernier)"
        + " (?<unit>trimestre|semestre)(?: (?:de |d')?{YEAR})?{E}", FrenchCalendar::quarter);
    book.add("part-of-month", "{B}(?:la )?(?:premiere|deuxieme|seconde|derniere|1re|2e) (?:quinzaine|semaine|decade)"
        + " (?:de |d'){MONTH}(?: {YEAR})?{E}", match -> match.has("year")
            ? new Fixed(TimeType.DATE, match.group("year") + "-" + Timex.two(Vocabulary.month(match.group("month"))))
            : new NamedMonth(Vocabulary.month(match.group("month")), Direction.BY_TENSE));
    book.add("month-year", "{B}(?:{MOD}[- ](?:de |d')?)?(?:(?:le )?mois (?:de |d'))?{MONTH} (?:{YEAR}|{YY})",
        FrenchCalendar::monthYear);
    book.add("month", "{B}(?:(?:la |le )?{MOD}(?:-| )(?:du mois )?(?:de |d')?)?(?:(?:le )?mois (?:de |d'))?"
        + "(?<month>{MONTHNAME})(?: {REL})?{E}", FrenchCalendar::month);
    book.add("year", "{B}(?<vers>vers )?(?:(?:la |le |l')?{MOD}(?:-| )(?:de l'annee |de l'an |d')?)?(?:(?<yw>l'annee|l'an|annee) )?"
        + "{YEAR}", FrenchCalendar::year);
    book.add("decade", "{B}(?:(?:le |la )?{MOD} des |(?<det>les) )?annees (?<dec>\\d{4}|\\d{2}|vingt|trente|quarante"
        + "|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?){E}", FrenchCalendar::decade);
    book.add("century", "{B}(?:(?:le |la )?{MOD} du |le )?(?:(?<n>[ivxl]+|\\d{1,2})(?:e|eme|ieme|er)|(?<w>"
        + "dix-huitieme|dix-neuvieme|vingtieme|vingt et unieme|vingt-et-unieme|seizieme|dix-septieme|quinzieme)) "
        + "siecle{E}", FrenchCalendar::century);
    book.add("relative-day", "{B}(?<w>avant-hier|apres-demain|aujourd'hui|hier|demain)(?: {PARTOF})?{E}",
        FrenchCalendar::relativeDay);
    book.add("this-part-of-day", "{B}(?:ce|cet|cette) (?<part>matin|apres-midi|apres midi|soir|nuit)"
        + "(?<there>-la| la)?{E}", match -> {
      DayPart part = Vocabulary.dayPart(match.group("part"));
      return match.has("there") ? new DaysFromReference(0, part) : new DaysFromToday(0, part);
    });
    book.add("last-night", "{B}la nuit (?:derniere|precedente|passee){E}",
        match -> new DaysFromToday(-1, DayPart.NIGHT));
    book.add("weekday", "{B}(?:(?<det>ce meme|le meme|ce) )?{WEEKDAY}(?: {REL})?(?: {PARTOF})?{E}",
        FrenchCalendar::weekday);
    book.add("night-of-weekday", "{B}(?:la )?nuit (?:de|du) {WEEKDAY}(?: (?:a|au) {WEEKDAYX})?{E}",
        match -> new NamedWeekday(FrenchCalendar.weekdayOf(match), Direction.BY_TENSE, DayPart.NIGHT));
    book.add("weekend", "{B}(?:(?<det>ce|le) )?(?:week-end|week end|weekend)(?: {REL})?{E}", match -> {
      if (match.has("rel")) {
        return new Weekend(match.group("rel").startsWith("prochain") ? Direction.NEXT : Direction.LAST);
      }
      if ("ce".equals(match.group("det"))) {
        return new Weekend(Direction.THIS);
      }
      String next = match.source().wordAfter(match.end());
      boolean generic = next.equals("de") || next.equals("du") || next.equals("des") || next.startsWith("d'");
      return "le".equals(match.group("det")) && !generic ? new Weekend(Direction.BY_TENSE) : null;
    });
    book.add("unit-shift", "{B}(?:(?:la |le |l'|ce |cette )?{MOD}(?: de | d'| du |-| ))?"
        + "(?<det>la |le |l'|ce |cet |cette )?"
        + "(?<unit>semaine|mois|annee|an|decennie|siecle)(?<ci>-ci| en cours| courante?)?(?: (?<rel>derniere?"
        + "|prochaine?|passee?|ecoulee?))?{E}",
        FrenchCalendar::unitShift);
    book.add("sports-season", "{B}(?:cette|la) saison(?: (?<rel>derniere|prochaine|passee|precedente))?{E}",
        match -> {
          if (!match.has("rel")) {
            return match.matcher().group().startsWith("cette") ? new UnitShift(Unit.YEAR, 0) : null;
          }
          String rel = match.group("rel");
          return rel.equals("precedente") ? null : new UnitShift(Unit.YEAR, rel.startsWith("prochain") ? 1 : -1);
        });
    book.add("eve-and-day-after", "{B}(?<w>la veille|l'avant-veille|le lendemain|le surlendemain)"
        + "(?: (?:au )?{PART})?{E}(?! (?:de|du|des|d')(?!\\p{L}))", FrenchCalendar::eveAndDayAfter);
    book.add("part-of-that-day", "{B}(?:la |l')(?<part>nuit|soiree|matinee|apres-midi|journee)"
        + "(?: (?<rel>suivante|precedente))?{E}", FrenchCalendar::partOfThatDay);
    book.add("morning-evening", "{B}le (?<part>matin|soir){E}(?! (?:de|du|des|d'|meme)(?!\\p{L}))",
        match -> new DaysFromReference(0, Vocabulary.dayPart(match.group("part"))));
    book.add("in-the-evening", "{B}en (?<t>(?<part>soiree|matinee)){E}",
        match -> new DaysFromReference(0, Vocabulary.dayPart(match.group("part"))));
    book.add("edge-of-that-day", "{B}(?:debut|fin|milieu) (?:de |d')(?:la )?(?<part>matinee|apres-midi|soiree|nuit"
        + "|journee){E}", match -> new DaysFromReference(0, Vocabulary.dayPart(match.group("part"))));
    book.add("that-day", "{B}(?:ce jour-la|ce jour la|ce meme jour|le jour meme|le meme jour){E}",
        match -> new DaysFromReference(0, null));
    book.add("that-moment", "{B}(?:ce moment-la|ce moment la|cet instant-la|cet instant la|cette epoque-la"
        + "|cette epoque la|cette epoque|la meme epoque|la meme periode){E}",
        match -> new Meaning.Anaphor(!match.matcher().group().contains("epoque")));
    book.add("race-time", "{B}(?:(?<h>\\d{1,2}) ?h ?)?(?<m>\\d{1,2}) ?(?:min|mn|')(?: ?(?<s>\\d{1,2}(?:[.,]\\d+)?)"
        + " ?(?:s|sec|''|\")(?!\\p{L}))?(?!\\p{L}|')", FrenchQuantities::raceTime);
    book.add("that-part-of-day", "{B}le (?<part>matin|soir) meme{E}",
        match -> new DaysFromReference(0, Vocabulary.dayPart(match.group("part"))));
    book.add("unit-after-reference", "{B}(?:la |le |l')(?<unit>semaine|mois|annee|decennie) (?<rel>suivante?"
        + "|precedente?|d'apres|d'avant){E}", match -> {
          Vocabulary.UnitWord unit = Vocabulary.unit(match.group("unit"));
          String rel = match.group("rel");
          return unit == null ? null : new Meaning.ReferenceShift(unit.unit(),
              rel.startsWith("suivant") || rel.equals("d'apres") ? 1 : -1);
        });
    book.add("times-per", "{B}(?<n>une|deux|trois|quatre|cinq|six|dix|\\d+) fois par (?<unit>jour|semaine|mois|an"
        + "|annee|heure|minute){E}", match -> {
          Vocabulary.UnitWord unit = Vocabulary.unit(match.group("unit"));
          return unit == null ? null : new Fixed(TimeType.SET, unit.unit().duration(BigDecimal.ONE));
        });
book.add("holiday", "{B}(?<w>noel|(?:la )?toussaint|(?:la )?saint-sylvestre|le jour de l'an|le reveillon de noel"
        + "|l'assomption|(?:la )?saint-valentin|(?:la )?saint-nicolas|(?:la )?sainte-barbe|(?:la )?chandeleur"
        + "|(?:la )?saint-jean|(?:la )?fete de la musique|(?:la )?fete nationale|l'armistice|halloween"
        + "|(?:le )?lundi de paques|(?:le )?lundi de pentecote|paques|(?:la )?pentecote|l'ascension|(?:le )?jeudi de"
        + " l'ascension|(?:le )?mardi gras|(?:le )?mercredi des cendres|(?:le )?vendredi saint|(?:le )?dimanche des"
        + " rameaux)(?: (?:{YEAR}|{REL}))?{E}", FrenchCalendar::holiday);
    book.add("ago", "{B}(?:il y a|voici|voila) (?<t>(?:environ |pres de |plus de |presque |quelque )?"
        + "(?:{NUM}|(?<vague>quelques|plusieurs)) {UNIT}){E}",
        match -> FrenchQuantities.shiftByCount(match, -1));
    book.add("in", "{B}dans (?<t>{NUM} {UNIT}){E}", match -> FrenchQuantities.shiftByCount(match, 1));
    book.add("special-duration", "{B}(?<w>un demi-siecle|un demi siecle|un quart de siecle|un quart d'heure"
        + "|trois quarts d'heure|une demi-heure|une demi heure|une demi-journee|une demi journee|un siecle et demi"
        + "|quinquennat|septennat|un an et demi|une annee et demie|un mois et demi)(?!\\p{L})",
        FrenchQuantities::specialDuration);
    book.add("duration", "{B}(?:(?<approx>environ|pres de|plus de|moins de|au moins|presque|quelque|pas moins de"
        + "|un peu plus de|un peu moins de|bien plus de|a peine|au bas mot|tout juste) )?"
        + "(?:{NUM} |(?<count>une (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine"
        + "|soixantaine|centaine)|un millier)(?: de | d')|(?<vague>quelques|plusieurs|des|de nombreuses"
        + "|de nombreux|de longues|de longs|nombreuses|nombreux|certaines) )"
        + "(?:(?:derniers|dernieres|prochains|prochaines|premiers|premieres|bonnes?|petite?s?|longues?|longs?"
        + "|grosses?|grande?s?|pleine?s?|courte?s?) )?{UNIT}"
        + "(?<half> et demie?)?{E}", FrenchQuantities::duration);
    book.add("clock-h", "{B}(?<vers>vers )?(?<h>\\d{1,3}) ?h(?: ?(?<m>[0-5]\\d))?(?![\\p{L}\\p{N}])(?: (?<ampm>du matin|du soir"
        + "|de l'apres-midi|de la nuit))?{TZ}", FrenchQuantities::clockH);
    book.add("clock-heures", "{B}(?<vers>vers )?(?<h>\\d{1,2}|" + NumberWords.FRENCH + ") heures?(?: (?<m>[0-5]\\d)(?!\\p{N})"
        + "| et (?<frac>demie|quart)| moins (?:le )?(?<less>quart))?(?: (?<ampm>du matin|du soir|de l'apres-midi"
        + "|de la nuit))?{E}{TZ}", FrenchQuantities::clockHeures);
    book.add("noon", "(?<!apres-)(?<!apres ){B}(?<vers>vers )?(?<w>midi|minuit)(?: (?:et (?<frac>demie?|quart)|(?<m>[0-5]\\d)"
        + "(?!\\p{N})))?{E}{TZ}", FrenchQuantities::noon);
    book.add("present", "{B}(?:actuellement|a l'heure actuelle|a present|desormais|de nos jours|en ce moment"
        + "|presentement|maintenant|a l'heure qu'il est|aujourd'hui encore|ces jours-ci|ces temps-ci|dorenavant"
        + "|pour l'instant|pour le moment){E}",
        match -> new Reference("PRESENT_REF"));
    book.add("past", "{B}(?:recemment|dernierement|naguere|autrefois|jadis|par le passe|dans le passe"
        + "|(?:ces|les|des) (?:derniers|dernieres) (?:jours|semaines|mois|annees|temps|decennies|heures)"
        + "|ces temps derniers){E}", match -> new Reference("PAST_REF"));
    book.add("next-adjective", "{B}prochaine?s?{E}", match -> new Reference("FUTURE_REF"));
    book.add("night-adjective", "{B}nocturnes?{E}", match -> new Fixed(TimeType.TIME, "TNI"));
    book.add("new-year", "{B}la nouvelle annee{E}", match -> new Meaning.NewYear());
    book.add("from-now", "{B}d'(?<t>ici)(?= (?:a|au|la fin|fin|debut|demain|l'an|l'annee|\\d|quelques|deux|trois"
        + "|quatre|cinq|six|sept|huit|dix|un|une|peu|le|la)(?!\\p{L}))", match -> new Reference("PRESENT_REF"));
    book.add("future", "{B}(?:prochainement|dans le futur|d'ici peu"
        + "|(?:les|ces) (?:prochains|prochaines) (?:jours|semaines|mois|annees|heures|decennies)"
        + "|les (?:jours|semaines|mois|annees|decennies) a venir){E}",
        match -> new Reference("FUTURE_REF"));
    book.add("each", "{B}chaque (?<w>jour|semaine|mois|annee|an|" + WEEKDAY_NAMES + "|matin|soir|nuit|week-end"
        + "|ete|hiver|printemps|automne|heure|minute|seconde|decennie|siecle|trimestre|semestre){E}",
        match -> FrenchQuantities.setOf(match.group("w"), BigDecimal.ONE));
    book.add("every", "{B}(?:tous|toutes) les (?:(?<num>\\d+|" + NumberWords.FRENCH + ") )?(?<w>jours|semaines|mois"
        + "|ans|annees|lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches|matins|soirs|nuits|week-ends"
        + "|heures|minutes|secondes|etes|hivers|printemps|automnes|decennies|siecles|trimestres|semestres){E}",
        match -> FrenchQuantities.setOf(match.group("w"),
            match.has("num") ? NumberWords.french(match.group("num")) : BigDecimal.ONE));
    book.add("habitual-weekday", "{B}le {WEEKDAY}(?: (?<part>matin|apres-midi|soir))?{E}(?! (?:\\d|1er|premier"
        + "|suivant|precedent|d'apres|d'avant|prochain|dernier|meme|gras|saint|de paques|de pentecote)(?!\\p{L}))",
        FrenchCalendar::habitualWeekday);
    book.add("plural-weekday", "{B}les (?<w>lundis|mardis|mercredis|jeudis|vendredis|samedis|dimanches){E}",
        match -> FrenchQuantities.setOf(match.group("w"), BigDecimal.ONE));
    book.add("set-word", "{B}(?<w>quotidien|quotidienne|quotidiens|quotidiennes|journalier|journaliere"
        + "|journaliers|journalieres|hebdomadaires?|mensuel|mensuelle|mensuels|mensuelles|bimensuel|bimensuelle"
        + "|bimestriel|bimestrielle|trimestriel|trimestrielle|trimestriels|trimestrielles|semestriel|semestrielle"
        + "|annuel|annuelle|annuels|annuelles|biennal|biennale|quotidiennement|journellement|hebdomadairement"
        + "|mensuellement|annuellement){E}", FrenchQuantities::setWord);
    book.add("season", "{B}(?:(?<prep>au|en) )?(?<t>(?:(?<mod>(?:la |le )?(?:debut|fin|milieu|coeur|cœur))"
        + " (?:de |d'|du ))?"
        + "(?<det>l'|le |cet |ce )?(?<season>printemps|ete|automne|hiver)"
        + "(?: {YEAR}| {REL})?){E}", FrenchCalendar::season);
    return book.rules();
  }
}
