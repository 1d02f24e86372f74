package org.vigie.model;

import java.util.List;

/** One day of a story's timeline ({@code date} is ISO-8601, YYYY-MM-DD) and what the articles say of it. */
public record TimelineEntry(String date, List<TimelineSource> sources) {
  public TimelineEntry {
    sources = List.copyOf(sources);
  }
}
