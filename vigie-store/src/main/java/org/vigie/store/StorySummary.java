package org.vigie.store;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a story listing: dates, size, its article ids, and the outlets and languages of its stored articles.
 */
public record StorySummary(
    String id,
    String title,
    @Nullable LocalDate firstDate,
    @Nullable LocalDate lastDate,
    int size,
    List<String> articleIds,
    List<String> outlets,
    List<String> languages) {

  public StorySummary {
    articleIds = List.copyOf(articleIds);
    outlets = List.copyOf(outlets);
    languages = List.copyOf(languages);
  }
}
