package org.vigie.store;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An entity with its roles over time, the quotes attributed to it and the stories it appears in. */
public record EntityProfile(
    EntitySummary entity, List<RoleMention> roles, List<QuoteRow> quotes, List<StorySummary> stories) {
  public EntityProfile {
    roles = List.copyOf(roles);
    quotes = List.copyOf(quotes);
    stories = List.copyOf(stories);
  }

  /** A role one article gives the entity, with that article's publication date. */
  public record RoleMention(String role, String articleId, @Nullable LocalDate published) {}
}
