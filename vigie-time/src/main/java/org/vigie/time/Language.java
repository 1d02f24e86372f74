package org.vigie.time;

import java.util.Locale;
import java.util.Optional;

/** The languages the tagger has rules for. */
enum Language {
  FRENCH,
  ENGLISH;

  /** "fr", "fr-FR", "FR" → French; "en", "en-GB" → English; anything else is unsupported. */
  static Optional<Language> fromCode(String code) {
    String lower = code.strip().toLowerCase(Locale.ROOT);
    if (lower.equals("fr") || lower.startsWith("fr-") || lower.startsWith("fr_")) {
      return Optional.of(FRENCH);
    }
    if (lower.equals("en") || lower.startsWith("en-") || lower.startsWith("en_")) {
      return Optional.of(ENGLISH);
    }
    return Optional.empty();
  }
}
