package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.DatelineCheck;
import org.vigie.model.TimeType;

/** The dates of the two seed articles, normalised against their publication dates, and seed 003's false dateline. */
class SeedTimesIT {
  private final Pipeline pipeline = StandardPipeline.get();

  @Test
  void seed000_datesAreResolvedAgainstItsDateline() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed000().withPublished(LocalDate.of(2026, 2, 6)));
    SpanInvariants.assertValid(result);

    assertTime(result, "mercredi", TimeType.DATE, "2026-02-04");
    assertTime(result, "jeudi soir", TimeType.TIME, "2026-02-05TEV");
    assertTime(result, "10 heures", TimeType.TIME, "2026-02-06T10:00");
    assertTime(result, "7 heures", TimeType.TIME, "2026-02-06T07:00");
    assertTime(result, "une heure", TimeType.DURATION, "PT1H");
    assertTime(result, "mois dernier", TimeType.DATE, "2026-01");
    assertThat(result.dateline()).isEqualTo(new DatelineCheck("2026-02-06", "2026-02-06", true, List.of()));
  }

  @Test
  void seed003_headerDateIsContradictedByItsContent() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed003().withPublished(LocalDate.of(2026, 2, 4)));

    DatelineCheck check = result.dateline();
    assertThat(check).isNotNull();
    assertThat(check.consistent()).isFalse();
    assertThat(check.published()).isEqualTo("2026-02-04");
    assertThat(check.implied()).isEqualTo("2026-02-06");
    assertThat(check.evidence()).anySatisfy(e -> assertThat(e).startsWith("vendredi"));
    assertTime(result, "vendredi", TimeType.DATE, "2026-02-06");
    assertTime(result, "fin de matinée", TimeType.TIME, "2026-02-06TMO");
    assertTime(result, "jeudi soir", TimeType.TIME, "2026-02-05TEV");
    assertTime(result, "début janvier", TimeType.DATE, "2026-01");
    assertTime(result, "juin", TimeType.DATE, "2025-06");
  }

  private static void assertTime(AnalyzedArticle article, String contains, TimeType type, String value) {
    assertThat(article.times())
        .as("a time containing «%s» in %s", contains, article.times())
        .anySatisfy(time -> {
          assertThat(time.text()).contains(contains);
          assertThat(time.type()).isEqualTo(type);
          assertThat(time.value()).isEqualTo(value);
        });
  }
}
