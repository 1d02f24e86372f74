package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.TimeMention;

/** Bugs met while building the tagger, one test each, named after what broke. */
class RegressionsTest {
  private static final LocalDate FRIDAY = LocalDate.of(2026, 2, 6);
  private final TimeTagger tagger = new TimeTagger();

  private List<String> tag(String text) {
    return tagger.tag(text, "fr", FRIDAY).stream().map(mention -> mention.text() + "=" + mention.value()).toList();
  }

  /** Folding turns "à" into "a", so the verb in "il y a" looked like the preposition of "mort à 38 ans" (an age). */
  @Test
  void ilYaBeforeAnApproximateCount_isNotAnAge() {
    assertThat(tag("Le pont a été construit il y a une dizaine d'années.")).containsExactly(
        "une dizaine d'années=P10Y");
  }

  /** "9 h-12 h": the dash range was not seen as a range, and "de 9 h" became a nine-hour duration. */
  @Test
  void dashRangeOfHours_isTwoClockTimes() {
    assertThat(tag("Permanence de 9 h-12 h.")).containsExactly("9 h=2026-02-06T09:00", "12 h=2026-02-06T12:00");
  }

  /** "24 heures sur 24" is a frequency idiom: it gave a midnight clock time after "ouvert". */
  @Test
  void roundTheClockIdiom_isNotAClockTime() {
    assertThat(tag("Le service est ouvert 24 heures sur 24.")).isEmpty();
  }

  /** A number written with thousands of words ran the regex engine out of stack. */
  @Test
  void longRunOfNumberWords_doesNotOverflowTheStack() {
    assertThat(tagger.tag("deux ".repeat(3000) + "jours", "fr", FRIDAY)).isNotNull();
    assertThat(tagger.tag("twenty-".repeat(3000) + "days", "en", FRIDAY)).isNotNull();
  }

  /** Tense was read across a semicolon: a present-tense release date took the past of the next clause. */
  @Test
  void semicolon_bordersTheTenseContext() {
    assertThat(tag("Le film sort le 12 mars ; il avait été tourné en 2024.")).contains("le 12 mars=2026-03-12");
  }

  /** "L'hiver dernier" in February meant the winter still running; seasons now count in a row. */
  @Test
  void lastWinter_inFebruary_isTheWinterBefore() {
    assertThat(tag("L'hiver dernier, le lac a gelé.")).containsExactly("L'hiver dernier=2025-WI");
  }

  /**
   * Many weekdays in one long sentence made tense guessing quadratic in the sentence length; its cost is measured in
   * {@code TimeTaggerBenchmark} (a timed assertion here failed under load), this checks every weekday is still tagged.
   */
  @Test
  void longSentenceOfWeekdays_tagsEveryOne() {
    List<TimeMention> mentions = tagger.tag("lundi, ".repeat(3000), "fr", FRIDAY);

    assertThat(mentions).hasSize(3000);
  }
}
