package org.vigie.store;

import java.util.List;
import org.vigie.model.EntityType;

/**
 * An entity across all stored articles.
 *
 * @param id    stable across articles: the type and the canonical name folded to a slug ({@code person-jean-dupont})
 * @param roles every distinct role the articles give it, in first-seen order
 */
public record EntitySummary(
    String id, String name, EntityType type, List<String> roles, int articleCount, int quoteCount) {
  public EntitySummary {
    roles = List.copyOf(roles);
  }
}
