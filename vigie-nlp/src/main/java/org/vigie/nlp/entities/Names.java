package org.vigie.nlp.entities;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigie.model.EntityType;

/** How a mention's text becomes a display name and a comparison key. */
final class Names {
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
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
    String name = WHITESPACE.matcher(mentionText).replaceAll(" ").strip();
    List<String> prefixes = type == EntityType.PERSON ? HONORIFICS : DETERMINERS;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String prefix : prefixes) {
      if (lower.startsWith(prefix) && name.length() > prefix.length()) {
        return name.substring(prefix.length()).strip();
      }
    }
    return name;
  }

  /** The comparison key of a display name: case, accents, apostrophe style and whitespace runs do not count. */
  static String key(String displayName) {
    String decomposed = Normalizer.normalize(displayName, Normalizer.Form.NFD);
    String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    return WHITESPACE.matcher(bare.replace('’', '\'')).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
