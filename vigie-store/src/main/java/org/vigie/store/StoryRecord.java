package org.vigie.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Dossier;

/**
 * A story as the clusterer keeps it, with its dossier, written again on every change.
 *
 * @param firstDate  the earliest publication date among its articles, when any is known
 * @param lastDate   the latest publication date among its articles, when any is known
 * @param articleIds its articles, in the order the clusterer keeps them
 */
public record StoryRecord(
    String id,
    String title,
    @Nullable LocalDate firstDate,
    @Nullable LocalDate lastDate,
    List<String> articleIds,
    Dossier dossier) {

  public StoryRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(dossier, "dossier");
    articleIds = List.copyOf(articleIds);
    if (firstDate != null && lastDate != null && lastDate.isBefore(firstDate)) {
      throw new IllegalArgumentException("story " + id + ": last date " + lastDate + " is before first date " + firstDate);
    }
  }

  /** A story whose dossier is not built yet. */
  public static StoryRecord withoutDossier(String id, String title, @Nullable LocalDate firstDate,
      @Nullable LocalDate lastDate, List<String> articleIds) {
    return new StoryRecord(id, title, firstDate, lastDate, articleIds, Dossier.empty(id, title));
  }

  public int size() {
    return articleIds.size();
  }
}
