package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EventDaysTest {
  private static EventDays of(String... values) {
    EventDays days = new EventDays();
    for (String value : values) {
      days.addValue(value);
    }
    return days;
  }

  @Test
  void datedDays_areAsFarApartAsTheCalendarSays() {
    EventDays story = of("2013-07-02");
    assertThat(story.distance(of("2013-07-05"))).isEqualTo(3);
    assertThat(story.distance(of("2013-06-25"))).isEqualTo(7);
    assertThat(story.distance(of("2014-07-02"))).as("same day, another year").isEqualTo(365);
  }

  @Test
  void theNearestPairCounts_whateverElseIsNamed() {
    EventDays story = of("2009-01-04", "XXXX-12-11");
    assertThat(story.distance(of("2004-12-26", "2009-01-05"))).isEqualTo(1);
  }

  @Test
  void daysWithoutAYearAreComparedByTheirPlaceInTheYear() {
    EventDays undated = of("XXXX-01-04");
    assertThat(undated.distance(of("2013-07-02"))).isGreaterThan(170);
    assertThat(undated.distance(of("2009-01-06"))).isEqualTo(2);
    assertThat(of("2013-07-02").distance(undated)).isEqualTo(undated.distance(of("2013-07-02")));
  }

  @Test
  void theTurnOfTheYearDoesNotSeparateNearDays() {
    assertThat(of("XXXX-12-30").distance(of("XXXX-01-02"))).isLessThanOrEqualTo(4);
    assertThat(of("XXXX-01-02").distance(of("2008-12-30"))).isLessThanOrEqualTo(4);
  }

  @Test
  void withoutDaysOnEitherSide_theDistanceIsUnknown() {
    assertThat(new EventDays().distance(of("2013-07-02"))).isEqualTo(-1);
    assertThat(of("2013-07-02").distance(of("2013-07", "XXXX-WXX-6", "P1D", "PRESENT_REF")))
        .as("months, weekdays, durations and references name no day").isEqualTo(-1);
  }

  @Test
  void publicationDatesCountAsDays_andImpossibleDaysAreIgnored() {
    EventDays published = new EventDays();
    published.add(LocalDate.of(2013, 7, 3));
    published.add(null);
    assertThat(published.distance(of("2013-07-02T07:44"))).isEqualTo(1);
    assertThat(of("XXXX-02-30").isEmpty()).isTrue();
    assertThat(of("XXXX-02-29").isEmpty()).isFalse();
  }
}
