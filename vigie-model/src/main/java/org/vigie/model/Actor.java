package org.vigie.model;

import java.util.List;

/**
 * One real-world referent across the articles of a story, its variant names merged.
 *
 * @param id       the store-wide id of the actor's name and type ({@link EntityId}), as the entity pages use it
 * @param name     the most complete name seen
 * @param aliases  every other form the articles use, sorted
 * @param roles    every role seen, with the article that gives it
 * @param articles the ids of the articles that name the actor, sorted
 */
public record Actor(String id, String name, EntityType type, List<String> aliases, List<ActorRole> roles, List<String> articles) {
  public Actor {
    java.util.Objects.requireNonNull(id, "id");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    articles = List.copyOf(articles);
  }
}
