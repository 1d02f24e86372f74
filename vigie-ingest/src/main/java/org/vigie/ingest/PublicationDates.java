package org.vigie.ingest;

import static java.util.Map.entry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigie.text.Folding;

/**
 * Reads a publication date written by a machine or a person, in French or English: {@code 2026-02-06},
 * {@code 2026-02-06T10:00:00+01:00} (the date as written, whatever the offset), {@code Fri, 06 Feb 2026 10:00:00 GMT}
 * (RFC 1123), {@code 6 février 2026}, {@code 1er mars 2026}, {@code Vendredi 6 fevrier 2026},
 * {@code February 6, 2026}, {@code 6 February 2026}, {@code 6 févr. 2026 à 10h30}. The whole string must be the date,
 * optionally followed by a time, so that a sentence mentioning a date is not mistaken for a dateline; a scraped
 * dateline's decorations are allowed around it ({@code Updated 8:41 p.m. EST, Tue March 3, 2009},
 * {@code INDONESIA, July 2, 2013}, {@code 16 September 2013 Last updated at 12:42 GMT}).
 */
final class PublicationDates {
  /** Month names and abbreviations, lower case and without accents; French and English share a few. */
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      entry("janvier", 1), entry("janv", 1), entry("january", 1), entry("jan", 1),
      entry("fevrier", 2), entry("fevr", 2), entry("fev", 2), entry("february", 2), entry("feb", 2),
      entry("mars", 3), entry("march", 3), entry("mar", 3),
      entry("avril", 4), entry("avr", 4), entry("april", 4), entry("apr", 4),
      entry("mai", 5), entry("may", 5),
      entry("juin", 6), entry("june", 6), entry("jun", 6),
      entry("juillet", 7), entry("juil", 7), entry("july", 7), entry("jul", 7),
      entry("aout", 8), entry("august", 8), entry("aug", 8),
      entry("septembre", 9), entry("september", 9), entry("sept", 9), entry("sep", 9),
      entry("octobre", 10), entry("october", 10), entry("oct", 10),
      entry("novembre", 11), entry("november", 11), entry("nov", 11),
      entry("decembre", 12), entry("december", 12), entry("dec", 12));

  private static final String WEEKDAY = "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
      + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+)?";
  private static final String MONTH = "(" + MONTHS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed())
      .collect(Collectors.joining("|")) + ")\\.?";
  private static final String DAY = "(\\d{1,2})(?:er|st|nd|rd|th)?";
  private static final String YEAR = "(\\d{4})";
  /** A clock time: "10h", "10h30", "10:30", "10:00:00", and the spaced "10: 30" of some scrapers. */
  private static final String CLOCK = "\\d{1,2}(?:h|\\s?[:h]\\s?\\d{2}(?::\\d{2})?)";
  /** "à 10h30", "at 10:30 am", ", 10:00:00 GMT", "10:00:00 +0100", "@ 09: 29 pm", "Last updated at 12: 42 GMT". */
  private static final String TIME = "(?:\\s*(?:,|\\||@|a|at|-|–|(?:last\\s+)?updated\\s+at)?\\s*" + CLOCK
      + "[\\w\\s:+\\-.()]{0,30})?";
  /**
   * What a scraped dateline may put before the date: "Updated", "Posted on", "Publié le", "Mis à jour le",
   * "Article posted on", and a clock time with its zone ("updated 8: 41 p. m. EST, Tue March 3, 2009").
   */
  private static final Pattern LEAD = Pattern.compile(
      "^(?:(?:article\\s+)?(?:(?:last\\s+)?updated|posted|published|publie|mis\\s+a\\s+jour)(?:\\s+(?:on|at|le))?"
          + "\\s*:?\\s*)?(?:" + CLOCK + "\\s*(?:[ap]\\.?\\s?m\\.?)?\\s*(?:[a-z]{2,4})?\\s*,\\s*)?");
  /** A wire dateline's place in capitals before the date: "INDONESIA, July 2, 2013". */
  private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]{1,40},\\s+");

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[t\\s].*)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(WEEKDAY + "(?:le\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + TIME);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + TIME);

  /** What ends a dateline written at the start of a paragraph: a dash, after an optional full stop or comma. */
  private static final Pattern INLINE_END = Pattern.compile("\\s*[.,]?\\s+[-–—]{1,2}\\s+");
  /** How far into its line a dateline may end: the longest dates with a weekday, a place and a time. */
  private static final int MAX_INLINE_DATELINE = 80;
  private static final Pattern LINE_BREAK = Pattern.compile("\\n+");

  private PublicationDates() {}

  /** A dateline that opens a text, and the text after it. */
  record Leading(LocalDate date, String rest) {}

  /**
   * The dateline that opens the text, with what follows it (stripped, possibly empty): the first line when it is a
   * date, or a date and a dash opening the first line ("22 mai 2012. - Le lanceur ...", "6 February 2026 — ...").
   */
  static Optional<Leading> leading(String text) {
    int lineEnd = text.indexOf('\n');
    String firstLine = lineEnd < 0 ? text : text.substring(0, lineEnd);
    Optional<LocalDate> alone = parse(firstLine);
    if (alone.isPresent()) {
      return Optional.of(new Leading(alone.get(), text.substring(firstLine.length()).strip()));
    }
    Matcher dash = INLINE_END.matcher(firstLine);
    while (dash.find() && dash.start() <= MAX_INLINE_DATELINE) {
      Optional<LocalDate> date = parse(firstLine.substring(0, dash.start()));
      if (date.isPresent()) {
        return Optional.of(new Leading(date.get(), text.substring(dash.end()).strip()));
      }
    }
    return Optional.empty();
  }

  /**
   * The dateline of a body: the one {@link #leading} finds at its start, else the one opening its second line, the
   * first being a standfirst (a lead paragraph set above the dated body); the rest keeps that standfirst.
   */
  static Optional<Leading> opening(String body) {
    Optional<Leading> first = leading(body);
    if (first.isPresent()) {
      return first;
    }
    Matcher lineBreak = LINE_BREAK.matcher(body);
    if (!lineBreak.find()) {
      return Optional.empty();
    }
    String standfirst = body.substring(0, lineBreak.start());
    return leading(body.substring(lineBreak.end()))
        .filter(second -> !second.rest().isEmpty())
        .map(second -> new Leading(second.date(), standfirst + lineBreak.group() + second.rest()));
  }

  static Optional<LocalDate> parse(String raw) {
    String line = WhitespaceNormalizer.oneLine(raw);
    Matcher place = PLACE.matcher(line);
    if (place.lookingAt()) {
      line = line.substring(place.end());
    }
    String text = Folding.fold(line);
    Matcher lead = LEAD.matcher(text);
    if (lead.lookingAt()) {
      text = text.substring(lead.end());
    }
    if (text.isEmpty() || text.length() > 100) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(text);
    if (iso.matches()) {
      return date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
    }
    Matcher dayFirst = DAY_MONTH_YEAR.matcher(text);
    if (dayFirst.matches()) {
      return date(dayFirst.group(3), MONTHS.get(dayFirst.group(2)), dayFirst.group(1));
    }
    Matcher monthFirst = MONTH_DAY_YEAR.matcher(text);
    if (monthFirst.matches()) {
      return date(monthFirst.group(3), MONTHS.get(monthFirst.group(1)), monthFirst.group(2));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
