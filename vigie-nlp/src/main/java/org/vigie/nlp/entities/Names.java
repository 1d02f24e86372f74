package org.vigie.nlp.entities;

import java.util.List;
import java.util.Locale;
import org.vigie.model.EntityType;
import org.vigie.text.Folding;

/** How a mention's text becomes a display name; {@link Folding#key} gives its comparison key. */
final class Names {
  /** Leading articles, stripped from place, organisation and other names ("la Chine", "the UN", "l'Iran"). */
  private static final List<String> DETERMINERS = List.of("la ", "le ", "les ", "l'", "l’", "the ");
  /** Courtesy titles before a person's name ("M. Araghchi"). */
  private static final List<String> HONORIFICS = List.of(
      "m. ", "mm. ", "mme ", "mmes ", "mlle ", "mr ", "mr. ", "mrs ", "mrs. ", "ms ", "ms. ", "dr ", "dr. ");

  private Names() {}

  /**
   * The name a mention gives, for display: whitespace runs collapsed, and the leading article (places,
   * organisations, other) or courtesy title (persons) dropped. Articles stay on person names: "Le Pen" is a
   * surname.
   */
  static String display(String mentionText, EntityType type) {
    String name = Folding.spaces(mentionText);
    List<String> prefixes = type == EntityType.PERSON ? HONORIFICS : DETERMINERS;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String prefix : prefixes) {
      if (lower.startsWith(prefix) && name.length() > prefix.length()) {
        return name.substring(prefix.length()).strip();
      }
    }
    return name;
  }
}
