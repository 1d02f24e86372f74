package org.vigie.nlp.eval;

import java.util.Locale;

/** One way an article's analysis differs from its gold, for the listing of misses. */
public record Miss(Kind kind, String detail) {
  /** What went wrong. */
  public enum Kind {
    PUBLISHED,
    MISSED_ENTITY,
    SPURIOUS_ENTITY,
    MISSED_ROLE,
    MISSED_QUOTE,
    WRONG_SPEAKER,
    MISSED_TIME,
    WRONG_TIME;

    /** "missed entity", "wrong speaker", ... */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  @Override
  public String toString() {
    return kind.label() + ": " + detail;
  }
}
