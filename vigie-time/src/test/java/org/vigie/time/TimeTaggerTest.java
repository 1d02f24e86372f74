package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;

/** The contract of {@link TimeTagger}: offsets, order, overlaps, languages, threads. */
class TimeTaggerTest {
  private static final LocalDate FRIDAY = LocalDate.of(2026, 2, 6);
  private final TimeTagger tagger = new TimeTagger();

  static void assertSpansValid(String text, List<TimeMention> mentions) {
    int previousEnd = 0;
    for (TimeMention mention : mentions) {
      assertThat(mention.start()).as("start of %s", mention).isGreaterThanOrEqualTo(previousEnd);
      assertThat(mention.end()).as("end of %s", mention).isGreaterThan(mention.start()).isLessThanOrEqualTo(
          text.length());
      assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
      assertThat(mention.value()).as("value of %s", mention).isNotBlank();
      previousEnd = mention.end();
    }
  }

  @Test
  void mentions_areSortedNonOverlappingAndIndexTheText() {
    String text = "Le 6 février 2026, à 10 heures, heure locale, le ministre — arrivé jeudi soir — a parlé "
        + "pendant deux heures ; il reviendra la semaine prochaine, puis chaque année.";

    List<TimeMention> mentions = tagger.tag(text, "fr", FRIDAY);

    assertSpansValid(text, mentions);
    assertThat(mentions).extracting(TimeMention::text).containsExactly("Le 6 février 2026",
        "10 heures, heure locale", "jeudi soir", "deux heures", "la semaine prochaine", "chaque année");
  }

  @Test
  void longestMatch_winsOverTheExpressionsInside() {
    List<TimeMention> mentions = tagger.tag("Elle est née le 6 février 2026.", "fr", FRIDAY);

    assertThat(mentions).singleElement().satisfies(mention -> {
      assertThat(mention.text()).isEqualTo("le 6 février 2026");
      assertThat(mention.value()).isEqualTo("2026-02-06");
    });
  }

  @Test
  void offsets_countUtf16CharsThroughAccentsQuotesAndSurrogatePairs() {
    String text = "😀 L’émissaire « pressé » est arrivé 𝒜 jeudi soir, et l’été dernier.";

    List<TimeMention> mentions = tagger.tag(text, "fr", FRIDAY);

    assertSpansValid(text, mentions);
    assertThat(mentions).extracting(TimeMention::text).containsExactly("jeudi soir", "l’été dernier");
  }

  @Test
  void languageCodes_acceptRegionsAndCase_andUnsupportedLanguagesGiveNothing() {
    assertThat(tagger.tag("hier", "FR-be", FRIDAY)).extracting(TimeMention::value).containsExactly("2026-02-05");
    assertThat(tagger.tag("yesterday", "en_GB", FRIDAY)).extracting(TimeMention::value)
        .containsExactly("2026-02-05");
    assertThat(tagger.tag("gestern", "de", FRIDAY)).isEmpty();
    assertThat(tagger.tag("", "fr", FRIDAY)).isEmpty();
  }

  @Test
  void nullText_isRejectedWithAMessage() {
    assertThatThrownBy(() -> tagger.tag(null, "fr", FRIDAY)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void withoutPublicationDate_absoluteValuesStayAndRelativeOnesKeepPlaceholders() {
    List<TimeMention> mentions = tagger.tag("Le 6 février 2026, il a dit mercredi qu'il partirait demain.", "fr",
        null);

    assertThat(mentions).extracting(TimeMention::value).containsExactly("2026-02-06", "XXXX-WXX-3", "XXXX-XX-XX");
  }

  @Test
  void clockTime_takesTheDayOfItsSentence() {
    List<TimeMention> mentions = tagger.tag("Le match aura lieu samedi à 20 h 30. Les portes ouvriront à 19 h.",
        "fr", FRIDAY);

    assertThat(mentions).extracting(TimeMention::type, TimeMention::value).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TimeType.DATE, "2026-02-07"),
        org.assertj.core.groups.Tuple.tuple(TimeType.TIME, "2026-02-07T20:30"),
        org.assertj.core.groups.Tuple.tuple(TimeType.TIME, "2026-02-07T19:00"));
  }

  @Test
  void sameTextTaggedOnManyThreads_givesTheSameMentions() throws Exception {
    String text = "Le ministre a déclaré mercredi qu'il rencontrera lundi son homologue, à 10 heures.";
    List<TimeMention> expected = tagger.tag(text, "fr", FRIDAY);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TimeMention>>> results = IntStream.range(0, 200)
          .mapToObj(i -> pool.submit(() -> tagger.tag(text, "fr", FRIDAY)))
          .toList();
      for (Future<List<TimeMention>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
