package org.vigie.nlp.eval;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.vigie.model.EntityType;

/**
 * A referent of the gold: its fullest name, the other forms the text uses, the types a system may give it, and
 * (persons only) its roles as written.
 *
 * @param accepted {@code type} and every type of the gold's {@code types_ok}
 * @param optional counts neither for nor against recall
 */
public record GoldEntity(
    String name, EntityType type, Set<EntityType> accepted, List<String> aliases, List<String> roles,
    boolean optional) {
  public GoldEntity {
    accepted = Set.copyOf(accepted);
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    if (!accepted.contains(type)) {
      throw new IllegalArgumentException("the accepted types of " + name + " must include its type " + type);
    }
  }

  /** The name, then the aliases. */
  public Stream<String> forms() {
    return Stream.concat(Stream.of(name), aliases.stream());
  }
}
