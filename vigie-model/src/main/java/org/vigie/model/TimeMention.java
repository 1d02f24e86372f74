package org.vigie.model;

/**
 * A temporal expression and its TIMEX3 value, resolved against the publication date.
 *
 * @param value the TIMEX3 value ("2026-02-05TEV", "PT1H", "P1Y"...)
 */
public record TimeMention(String text, int start, int end, TimeType type, String value) {
  public TimeMention {
    Spans.check(start, end);
  }
}
