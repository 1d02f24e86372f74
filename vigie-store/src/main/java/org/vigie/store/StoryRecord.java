package org.vigie.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A story as the clusterer keeps it, written again on every change.
 *
 * @param firstDate  the earliest publication date among its articles, when any is known
 * @param lastDate   the latest publication date among its articles, when any is known
 * @param articleIds its articles, in the order the clusterer keeps them
 * @param dossier    the story's dossier as one JSON document, opaque to the store; {@code "{}"} when there is none
 */
public record StoryRecord(
    String id,
    String title,
    @Nullable LocalDate firstDate,
    @Nullable LocalDate lastDate,
    List<String> articleIds,
    String dossier) {

  public StoryRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dossier, "dossier");
    articleIds = List.copyOf(articleIds);
    if (firstDate != null && lastDate != null && lastDate.isBefore(firstDate)) {
      throw new IllegalArgumentException("story " + id + ": last date " + lastDate + " is before first date " + firstDate);
    }
  }

  public int size() {
    return articleIds.size();
  }
}
