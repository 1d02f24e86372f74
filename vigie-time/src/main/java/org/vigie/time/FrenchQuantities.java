package org.vigie.time;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeType;
import org.vigie.time.Meaning.ClockTime;
import org.vigie.time.Meaning.Fixed;
import org.vigie.time.Meaning.UnitShift;
import org.vigie.time.Rule.Match;

/**
 * Reads matches of the French rules that count time: durations (not ages), clock times versus numbers of hours,
 * and sets.
 */
final class FrenchQuantities {
  /** What "de N ans" may measure when it is a span of time, not an age: "une peine de 10 ans", "plus de 10 ans". */
  static final Set<String> SPAN_NOUNS = Set.of("peine", "periode", "duree", "plan", "programme", "contrat", "mandat",
      "bail", "espace", "bout", "retard", "absence", "prison", "reclusion", "emprisonnement", "detention", "attente",
      "carriere", "regne", "exil", "sejour", "service", "travaux", "guerre", "conflit", "occupation", "moratoire",
      "interdiction", "suspension", "engagement", "concession", "garantie", "pret", "credit", "delai", "sursis",
      "experience", "histoire", "existence", "plus", "pres", "moins", "apres", "avant", "depuis", "pendant", "durant",
      "lors", "cours", "terme", "horizon", "echeance", "etape", "phase", "cycle", "projet", "strategie", "budget",
      "investissement", "investissements", "economies", "reduction", "reductions", "hausse", "baisse", "gel", "treve",
      "paix", "chantier", "tournee", "voyage", "silence", "combat", "lutte", "procedure", "enquete", "instruction",
      "proces", "pause", "parcours", "presence", "collaboration", "cooperation", "partenariat", "relation", "mariage",
      "vie", "travail", "activite", "fonctionnement", "exploitation", "location", "validite", "amortissement",
      "remboursement", "quelques", "dizaine", "centaine", "vingtaine", "trentaine", "douzaine", "quinzaine", "minimum",
      "maximum", "total", "l'espace");

  static final Set<String> POSSESSIVES = Set.of("ses", "son", "sa", "leurs", "mes", "tes", "nos", "vos");

  private static final Set<String> DAY_WORDS = Set.of("hier", "aujourd'hui", "demain", "avant-hier",
      "apres-demain", "veille", "lendemain");

  /** Words before "N heures" that make it a clock time. */
  static final Set<String> CLOCK_CUES = Set.of("a", "vers", "des", "jusqu'a", "avant", "apres", "partir", "alentours",
      "environs", "coup", "entre", "jusqu'aux", "aux", "sonne", "sonnent", "sonnait", "ce", "hier", "demain", "matin",
      "soir", "ouvert", "ferme", "rendez-vous", "prevu", "prevue", "fixe", "fixee", "lever", "coucher", "etait", "est");

  /** Words before a number of hours that make it a duration even in the "10 h" form. */
  static final Set<String> DURATION_CUES = Set.of("pendant", "durant", "en", "depuis", "les", "de", "sur", "environ",
      "plus", "moins", "quelque", "pres", "toutes", "tous", "chaque", "dernieres", "premieres", "prochaines",
      "d'environ");

  static final Set<String> DETERMINERS = Set.of("le", "la", "l'", "les", "un", "une", "du", "des", "au", "aux", "ce",
      "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "votre", "nos", "vos", "mon", "ma", "mes",
      "quel", "quelle", "d'un", "d'une", "de");

  static final Map<String, String> SET_ADJECTIVES = Map.ofEntries(Map.entry("quotidien", "P1D"),
      Map.entry("journalier", "P1D"), Map.entry("hebdomadaire", "P1W"), Map.entry("mensuel", "P1M"),
      Map.entry("bimensuel", "P2W"), Map.entry("bimestriel", "P2M"), Map.entry("trimestriel", "P3M"),
      Map.entry("semestriel", "P6M"), Map.entry("annuel", "P1Y"), Map.entry("biennal", "P2Y"),
      Map.entry("quotidiennement", "P1D"), Map.entry("journellement", "P1D"), Map.entry("hebdomadairement", "P1W"),
      Map.entry("mensuellement", "P1M"), Map.entry("annuellement", "P1Y"));

  private FrenchQuantities() {}
  /** "il y a trois jours" → three days before the publication date; a vague count stays a duration. */
  static @Nullable Meaning shiftByCount(Match match, int sign) {
    Vocabulary.UnitWord unit = Vocabulary.unit(match.group("unit"));
    if (unit == null) {
      return null;
    }
    if (match.has("vague")) {
      return new Fixed(TimeType.DURATION, unit.unit().vagueDuration());
    }
    BigDecimal amount = NumberWords.french(match.group("num"));
    if (amount == null || unit.unit().isClock() || amount.scale() > 0 && amount.stripTrailingZeros().scale() > 0) {
      return null;
    }
    if (sign < 0 && match.source().after(match.end(), 5).matches(" qu(?:e |').*")) {
      return new Fixed(TimeType.DURATION, unit.unit().duration(unit.times(amount)));
    }
    return new UnitShift(unit.unit(), sign * unit.times(amount).intValue());
  }

  static @Nullable Meaning specialDuration(Match match) {
    String value = switch (match.group("w")) {
      case "un demi-siecle", "un demi siecle" -> "P50Y";
      case "un quart de siecle" -> "P25Y";
      case "un quart d'heure" -> "PT15M";
      case "trois quarts d'heure" -> "PT45M";
      case "une demi-heure", "une demi heure" -> "PT30M";
      case "une demi-journee", "une demi journee" -> "PT12H";
      case "un siecle et demi" -> "P150Y";
      case "quinquennat" -> "P5Y";
      case "septennat" -> "P7Y";
      case "un an et demi", "une annee et demie" -> "P1.5Y";
      case "un mois et demi" -> "P1.5M";
      default -> null;
    };
    return value == null ? null : new Fixed(TimeType.DURATION, value);
  }

  static @Nullable Meaning duration(Match match) {
    Vocabulary.UnitWord unit = Vocabulary.unit(match.group("unit"));
    if (unit == null) {
      return null;
    }
    if (match.has("vague")) {
      String vague = match.group("vague");
      if (vague.equals("des") && !vagueDesIsDuration(match.source(), match.start(), unit.unit())) {
        return null;
      }
      return new Fixed(TimeType.DURATION, unit.unit().vagueDuration());
    }
    BigDecimal amount;
    if (match.has("count")) {
      amount = countOf(match.group("count"));
      if (isAge(match.source(), match.start("count"), match.end(), unit.unit())) {
        return null;
      }
    } else {
      amount = NumberWords.french(match.group("num"));
      if (amount == null || amount.signum() == 0) {
        return null;
      }
      if (unit.unit() == Unit.HOUR && hoursAreClock(match.source(), match.start("num"), match.end(), amount)) {
        return null;
      }
      if ((unit.unit() == Unit.YEAR || unit.unit() == Unit.MONTH) && isAge(match.source(), match.start("num"),
          match.end(), unit.unit())) {
        return null;
      }
    }
    if (match.source().after(match.end(), 8).matches(" sur \\d.*|/\\d.*")) {
      return null;
    }
    if (match.has("half")) {
      amount = amount.add(new BigDecimal("0.5"));
    }
    return new Fixed(TimeType.DURATION, unit.unit().duration(unit.times(amount)));
  }

  /** "depuis des années" is a duration; "en dehors des heures scolaires" is not. */
  static boolean vagueDesIsDuration(Source source, int start, Unit unit) {
    String previous = source.wordBefore(start);
    if (previous.equals("pendant") || previous.equals("durant") || previous.equals("depuis")) {
      return true;
    }
    return unit == Unit.YEAR || unit == Unit.DECADE || unit == Unit.CENTURY || unit == Unit.MONTH;
  }

  static BigDecimal countOf(String count) {
    if (count.contains("millier")) {
      return BigDecimal.valueOf(1000);
    }
    String word = count.substring(count.indexOf(' ') + 1);
    return BigDecimal.valueOf(switch (word) {
      case "dizaine" -> 10;
      case "douzaine" -> 12;
      case "quinzaine" -> 15;
      case "vingtaine" -> 20;
      case "trentaine" -> 30;
      case "quarantaine" -> 40;
      case "cinquantaine" -> 50;
      case "soixantaine" -> 60;
      default -> 100;
    });
  }

  /**
   * Ages are not durations in French TimeML: "un chauffeur de bus de 38 ans", "Pierre, 45 ans,", "(45 ans)", "mort
   * à 38 ans" and "il a 38 ans" (folded alike), "ses filles de 15 et 12 ans", "les 6-16 ans", "les moins de 17
   * ans". "De N ans" is an age unless what it measures is a span of time ("une peine de 10 ans", "plus de 10 ans").
   */
  static boolean isAge(Source source, int start, int end, Unit unit) {
    String previous = source.wordBefore(start);
    String before = source.before(start, 20);
    if (before.matches(".*\\d ?- ?") || before.matches(".*(?:les|des|aux) (?:moins|plus) de ")) {
      return true;
    }
    if (previous.equals("a")) {
      String next = source.wordAfter(end);
      boolean sentence = next.equals("de") || next.startsWith("d'") || next.equals("ferme") || next.equals("avec");
      return unit == Unit.YEAR && !sentence
          && !before.matches(".*(?:ici|jusqu'|d'ici|condamnee?s?|peine|il y|n'y) a ");
    }
    if (before.matches(".*(?:de|d'|entre) \\d+ (?:et|a|ou) ")) {
      return true;
    }
    if (POSSESSIVES.contains(previous)) {
      return true;
    }
    if (previous.equals("age") || previous.equals("agee") || previous.equals("ages")
        || previous.equals("agees")) {
      return true;
    }
    if (previous.equals("de") || previous.equals("d'")) {
      int ofStart = start - 1;
      while (ofStart > 0 && source.folded().charAt(ofStart) == ' ') {
        ofStart--;
      }
      ofStart = ofStart - previous.length() + 1;
      String owner = source.wordBefore(Math.max(0, ofStart));
      return !SPAN_NOUNS.contains(owner) && !SPAN_NOUNS.contains(owner.replaceAll("s$", ""));
    }
    String around = source.before(start, 2) + "|" + source.after(end, 1);
    if (around.matches(".*\\(\\|\\)")) {
      return true;
    }
    if (!around.matches(".*, ?\\|[,)]")) {
      return false;
    }
    int comma = source.folded().lastIndexOf(',', start);
    String named = source.wordBefore(comma);
    return !named.isEmpty() && source.isUpperCase(comma - named.length());
  }

  /** "à 10 heures", "de 14 heures à 18 heures", "10 heures, heure locale" are times; "pendant 10 heures" is not. */
  static boolean hoursAreClock(Source source, int start, int end, BigDecimal hours) {
    if (hours.scale() > 0 && hours.stripTrailingZeros().scale() > 0 || hours.intValue() > 24) {
      return false;
    }
    String previous = source.wordBefore(start);
    String after = source.after(end, 24);
    if (after.matches(" sur \\d.*|/\\d.*")) {
      return false;
    }
    if (after.matches(",? heures? (?:locale|de |francaise|gmt).*") || after.matches(" locales?(?!\\p{L}).*")) {
      return true;
    }
    if (after.matches(" (?:de |d'|du )(?!l'apres-midi|la nuit|la matinee|la soiree|matin|soir).*")) {
      return false;
    }
    if (source.before(start, 24).matches(".*(?:partir|alentours|environs|autour|aux abords|peu avant|peu apres)"
        + " (?:de |d')")) {
      return true;
    }
    if (previous.equals("de") || previous.equals("d'")) {
      return after.matches(" (?:a|jusqu'a) .*");
    }
    if (previous.equals("et")) {
      return source.before(start, 30).contains("entre ");
    }
    if (previous.equals("depuis")) {
      return after.matches(" (?:ce|du) matin.*");
    }
    if (previous.equals("environ")) {
      String beforeEnviron = source.wordBefore(start - 8 < 0 ? 0 : source.folded().lastIndexOf("environ", start));
      return beforeEnviron.equals("a") || beforeEnviron.equals("vers");
    }
    return CLOCK_CUES.contains(previous);
  }

  static @Nullable Meaning clockH(Match match) {
    if (!approximationBelongs(match)) {
      return null;
    }
    int hour = Integer.parseInt(match.group("h"));
    int minute = match.has("m") ? Integer.parseInt(match.group("m")) : 0;
    Source source = match.source();
    if (hour > 24) {
      return match.has("ampm") ? null : new Fixed(TimeType.DURATION, minute == 0 ? "PT" + hour + "H"
          : "PT" + hour + "H" + minute + "M");
    }
    int numberStart = match.start("h");
    String previous = source.wordBefore(numberStart);
    String after = source.after(match.matcher().end(), 6);
    if (after.matches("(?: sur 24|/24| sur 7|/7).*")) {
      return null;
    }
    boolean range = after.matches(" (?:a|jusqu'a) .*") || after.matches(" ?- ?\\d.*")
        || previous.equals("et") && source.before(numberStart, 30).contains("entre ")
        || source.before(numberStart, 16).matches(".*(?:partir|alentours|environs|autour|aux abords|peu avant"
        + "|peu apres) (?:de |d')?");
    if (DURATION_CUES.contains(previous) && !range) {
      return new Fixed(TimeType.DURATION, minute == 0 ? "PT" + hour + "H" : "PT" + hour + "H" + minute + "M");
    }
    String ampm = match.group("ampm");
    if (ampm != null && !ampm.equals("du matin") && hour < 12) {
      hour += 12;
    }
    return hour == 24 ? new ClockTime(0, minute) : new ClockTime(hour, minute);
  }

  static @Nullable Meaning clockHeures(Match match) {
    if (!approximationBelongs(match)) {
      return null;
    }
    BigDecimal hours = NumberWords.french(match.group("h"));
    if (hours == null || hours.intValue() > 24) {
      return null;
    }
    int hour = hours.intValue();
    int minute = match.has("m") ? Integer.parseInt(match.group("m")) : 0;
    if (match.has("frac")) {
      minute = match.group("frac").equals("demie") ? 30 : 15;
    }
    boolean explicit = match.has("m") || match.has("less") || match.has("ampm");
    if (!explicit && !hoursAreClock(match.source(), match.start("h"), hourWordEnd(match), hours)) {
      return null;
    }
    if (match.has("less")) {
      hour = hour - 1;
      minute = 45;
    }
    String ampm = match.group("ampm");
    if (ampm != null && !ampm.equals("du matin") && hour < 12) {
      hour += 12;
    }
    if (hour < 0 || hour > 24) {
      return null;
    }
    return new ClockTime(hour % 24, minute);
  }

  static int hourWordEnd(Match match) {
    int end = match.matcher().end("h");
    String folded = match.source().folded();
    int word = folded.indexOf("heure", end);
    return word < 0 ? end : word + (folded.startsWith("heures", word) ? 6 : 5);
  }

  static @Nullable Meaning noon(Match match) {
    Source source = match.source();
    int word = match.start("w");
    if (!approximationBelongs(match) || source.isUpperCase(word) && !source.startsSentence(word)) {
      return null;
    }
    int hour = match.group("w").equals("midi") ? 12 : 0;
    int minute = match.has("m") ? Integer.parseInt(match.group("m")) : 0;
    if (match.has("frac")) {
      minute = match.group("frac").startsWith("demi") ? 30 : 15;
    }
    return new ClockTime(hour, minute);
  }

  static @Nullable Meaning setOf(String word, @Nullable BigDecimal every) {
    if (every == null) {
      return null;
    }
    String singular = word.endsWith("s") && !word.equals("mois") && !word.equals("printemps") ? word.substring(0,
        word.length() - 1) : word;
    return Vocabulary.recurrence(singular, every, "week-end");
  }

  static @Nullable Meaning setWord(Match match) {
    String word = match.group("w");
    String previous = match.source().wordBefore(match.start());
    if (!word.endsWith("ment") && (DETERMINERS.contains(previous) || previous.isEmpty())) {
      return null;
    }
    for (Map.Entry<String, String> entry : SET_ADJECTIVES.entrySet()) {
      if (word.equals(entry.getKey()) || !word.endsWith("ment") && word.startsWith(entry.getKey())
          && word.length() - entry.getKey().length() <= 3) {
        return new Fixed(TimeType.SET, entry.getValue());
      }
    }
    return null;
  }

  /**
   * "Vers" marks an approximate time and belongs to it ("vers 12 h 30"), but not right after the day it refines
   * ("hier vers 18 h", "mardi, vers midi"): the variant with "vers" is rejected there, and the rule matches again
   * at the number.
   */
  static boolean approximationBelongs(Match match) {
    if (!match.has("vers")) {
      return true;
    }
    Source source = match.source();
    int i = match.start() - 1;
    while (i >= 0 && (source.folded().charAt(i) == ' ' || source.folded().charAt(i) == ',')) {
      i--;
    }
    if (i >= 0 && Character.isDigit(source.folded().charAt(i))) {
      return false;
    }
    String previous = source.wordBefore(i + 1);
    return !DAY_WORDS.contains(previous) && Vocabulary.weekday(previous) == null && !Vocabulary.isMonthName(previous)
        && Vocabulary.dayPart(previous) == null;
  }

  /** "1 h 32 min 45 s", "2'30''", "12 min": a measured duration. */
  static @Nullable Meaning raceTime(Match match) {
    StringBuilder value = new StringBuilder("PT");
    if (match.has("h")) {
      value.append(Integer.parseInt(match.group("h"))).append('H');
    }
    value.append(Integer.parseInt(match.group("m"))).append('M');
    if (match.has("s")) {
      BigDecimal seconds = NumberWords.french(match.group("s"));
      if (seconds == null) {
        return null;
      }
      value.append(seconds.stripTrailingZeros().toPlainString()).append('S');
    }
    return new Fixed(TimeType.DURATION, value.toString());
  }
}
