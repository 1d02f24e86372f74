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
  void datedDaysConflictOnlyBeyondTheTolerance() {
    EventDays story = of("2013-07-02");
    assertThat(story.conflictWith(of("2013-07-05"), 7)).isFalse();
    assertThat(story.conflictWith(of("2013-07-12"), 7)).isTrue();
    assertThat(story.conflictWith(of("2014-07-02"), 7)).as("same day, another year").isTrue();
  }

  @Test
  void oneNearDayIsEnough_whateverElseIsNamed() {
    EventDays story = of("2009-01-04", "XXXX-12-11");
    assertThat(story.conflictWith(of("2004-12-26", "2009-01-05"), 3)).isFalse();
  }

  @Test
  void daysWithoutAYearAreComparedByTheirPlaceInTheYear() {
    EventDays undated = of("XXXX-01-04");
    assertThat(undated.conflictWith(of("2013-07-02"), 7)).isTrue();
    assertThat(undated.conflictWith(of("2009-01-06"), 7)).isFalse();
    assertThat(of("2013-07-02").conflictWith(undated, 7)).isTrue();
  }

  @Test
  void theTurnOfTheYearDoesNotSeparateNearDays() {
    assertThat(of("XXXX-12-30").conflictWith(of("XXXX-01-02"), 7)).isFalse();
    assertThat(of("XXXX-01-02").conflictWith(of("2008-12-30"), 7)).isFalse();
  }

  @Test
  void withoutDaysOnEitherSideThereIsNoConflict() {
    assertThat(new EventDays().conflictWith(of("2013-07-02"), 7)).isFalse();
    assertThat(of("2013-07-02").conflictWith(of("2013-07", "XXXX-WXX-6", "P1D", "PRESENT_REF"), 7))
        .as("months, weekdays, durations and references name no day").isFalse();
  }

  @Test
  void publicationDatesCountAsDays_andImpossibleDaysAreIgnored() {
    EventDays published = new EventDays();
    published.add(LocalDate.of(2013, 7, 3));
    published.add(null);
    assertThat(published.conflictWith(of("2013-07-02T07:44"), 3)).isFalse();
    assertThat(of("XXXX-02-30").isEmpty()).isTrue();
    assertThat(of("XXXX-02-29").isEmpty()).isFalse();
  }
}
