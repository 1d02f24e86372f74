package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      15 janvier 2026   | 2026-01-15
      15 février 2026   | 2026-02-15
      15 fevrier 2026   | 2026-02-15
      15 FÉVRIER 2026   | 2026-02-15
      15 mars 2026      | 2026-03-15
      15 avril 2026     | 2026-04-15
      15 mai 2026       | 2026-05-15
      15 juin 2026      | 2026-06-15
      15 juillet 2026   | 2026-07-15
      15 août 2026      | 2026-08-15
      15 aout 2026      | 2026-08-15
      15 septembre 2026 | 2026-09-15
      15 octobre 2026   | 2026-10-15
      15 novembre 2026  | 2026-11-15
      15 décembre 2026  | 2026-12-15
      15 decembre 2026  | 2026-12-15
      """)
  void frenchMonthsWithAndWithoutAccents(String written, LocalDate expected) {
    assertThat(PublicationDates.parse(written)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      January 15, 2026   | 2026-01-15
      February 15, 2026  | 2026-02-15
      March 15, 2026     | 2026-03-15
      April 15, 2026     | 2026-04-15
      May 15, 2026       | 2026-05-15
      June 15, 2026      | 2026-06-15
      July 15, 2026      | 2026-07-15
      August 15, 2026    | 2026-08-15
      September 15, 2026 | 2026-09-15
      October 15, 2026   | 2026-10-15
      November 15, 2026  | 2026-11-15
      December 15, 2026  | 2026-12-15
      """)
  void englishMonthsWithTheMonthFirst(String written, LocalDate expected) {
    assertThat(PublicationDates.parse(written)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      06 février 2026                 | 2026-02-06
      6 fevrier 2026                  | 2026-02-06
      1er mars 2026                   | 2026-03-01
      Vendredi 6 février 2026         | 2026-02-06
      dimanche 1er mars 2026          | 2026-03-01
      le 6 février 2026               | 2026-02-06
      6 févr. 2026                    | 2026-02-06
      6 février 2026 à 10h32          | 2026-02-06
      6 February 2026                 | 2026-02-06
      1st March 2026                  | 2026-03-01
      Friday, February 6, 2026        | 2026-02-06
      Feb. 6, 2026                    | 2026-02-06
      6th of February 2026            | 2026-02-06
      February 6, 2026 at 10:30 am    | 2026-02-06
      2026-02-06                      | 2026-02-06
      2026-02-06T10:00:00Z            | 2026-02-06
      2026-02-06T23:30:00-05:00       | 2026-02-06
      2026-02-06T10:00:00.000+0100    | 2026-02-06
      2026-02-06 10:00                | 2026-02-06
      'Fri, 06 Feb 2026 10:00:00 GMT' | 2026-02-06
      'Fri, 6 Feb 2026 10:00:00 +0100'| 2026-02-06
      """)
  void writtenAndMachineForms(String written, LocalDate expected) {
    assertThat(PublicationDates.parse(written)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      July 2, 2013 07: 44                            | 2013-07-02
      INDONESIA, July 2, 2013                        | 2013-07-02
      Updated: July 2, 2013 15: 01 IST               | 2013-07-02
      updated 8: 41 p. m. EST, Tue March 3, 2009     | 2009-03-03
      Updated Saturday, December 05, 2009 8: 28 PM   | 2009-12-05
      16 September 2013 Last updated at 12: 42 GMT   | 2013-09-16
      12 January 2010 @ 09: 29 pm                    | 2010-01-12
      September 18th, 2013, 05: 31 GMT               | 2013-09-18
      February 29, 2012, 7: 32 p. m. ET              | 2012-02-29
      Publié le 6 février 2026 à 10h32               | 2026-02-06
      Mis à jour le 6 février 2026                   | 2026-02-06
      Posted on February 6, 2026                     | 2026-02-06
      """)
  void scrapedDatelines(String written, LocalDate expected) {
    assertThat(PublicationDates.parse(written)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {
      "", "février 2026", "31 février 2026", "2026-13-01", "2026-02-30",
      "Le 6 février 2026, les négociations ont repris.", "The talks began on February 6, 2026 in Muscat.",
      "hier", "6 brumaire 2026", "12345", "Updated", "PARIS, le président a parlé le 6 février 2026",
      "Posted on February 6, 2026 by the talks in Muscat that began"})
  void anythingElseIsNotADate(String text) {
    assertThat(PublicationDates.parse(text)).isEmpty();
  }
  @Test
  void leading_readsADatelineOpeningTheFirstLineBeforeADash() {
    assertThat(PublicationDates.leading("14 mars 2026. - Le phare de Sein rouvre.\nSuite."))
        .contains(new PublicationDates.Leading(LocalDate.of(2026, 3, 14), "Le phare de Sein rouvre.\nSuite."));
    assertThat(PublicationDates.leading("March 14, 2026 — The lighthouse reopens."))
        .contains(new PublicationDates.Leading(LocalDate.of(2026, 3, 14), "The lighthouse reopens."));
  }

  @Test
  void leading_refusesADateInsideASentenceOrADashAfterOrdinaryWords() {
    assertThat(PublicationDates.leading("Le 14 mars 2026, le phare - fermé depuis - rouvre.")).isEmpty();
    assertThat(PublicationDates.leading("Le phare rouvre - 14 mars 2026 - après trois ans.")).isEmpty();
  }

  @Test
  void opening_readsTheDatelineOfTheSecondLineAfterAStandfirst_andKeepsTheStandfirst() {
    String body = "Le phare de Sein, fermé depuis trois ans, rouvre.\n\n14 mars 2026. - La visite reprend samedi.";
    assertThat(PublicationDates.opening(body)).contains(new PublicationDates.Leading(LocalDate.of(2026, 3, 14),
        "Le phare de Sein, fermé depuis trois ans, rouvre.\n\nLa visite reprend samedi."));
  }

  @Test
  void opening_looksNoFurtherThanTheSecondLine() {
    assertThat(PublicationDates.opening("Une.\nDeux.\n14 mars 2026. - Trois.")).isEmpty();
  }
}
