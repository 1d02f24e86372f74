package org.vigie.model;

import java.util.Locale;
import org.vigie.text.Folding;

/**
 * The store-wide id of an entity, the same in every article, dossier and store: its type and its folded name as a
 * slug ({@code person-claire-montval}). "Inês Valadares" and "Ines Valadares" share one id.
 */
public final class EntityId {
  /** Longer slugs keep their start and a hash of the whole, so that ids stay fit for a URL. */
  static final int MAX_SLUG_CHARS = 120;

  private EntityId() {}

  public static String of(EntityType type, String name) {
    String slug = Folding.slug(name);
    if (slug.isEmpty()) {
      slug = ContentHash.of(name, "");
    } else if (slug.length() > MAX_SLUG_CHARS) {
      slug = slug.substring(0, MAX_SLUG_CHARS - 17) + "-" + ContentHash.of(slug, "");
    }
    return type.name().toLowerCase(Locale.ROOT) + "-" + slug;
  }
}
