package org.vigie.model;

import java.util.List;

/**
 * One real-world referent within an article.
 *
 * @param id       unique within the article ({@code e1}, {@code e2}, ...)
 * @param name     the canonical name: the most complete form among the mentions
 * @param roles    titles and functions the article gives the entity ("ministre iranien des Affaires étrangères")
 * @param mentions every place the article names it, in text order
 */
public record Entity(String id, String name, EntityType type, List<String> roles, List<Mention> mentions) {
  public Entity {
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
