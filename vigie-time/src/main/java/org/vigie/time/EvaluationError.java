package org.vigie.time;

import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeMention;

/**
 * One disagreement with the gold standard, for debugging.
 *
 * @param gold the gold expression, null for a spurious one
 * @param system the tagger's expression, null for a missed one
 * @param context the sentence around the expression
 */
public record EvaluationError(Kind kind, String document, @Nullable TimeMention gold, @Nullable TimeMention system,
    String context) {

  /** What went wrong. */
  public enum Kind {
    /** A gold expression nothing overlaps. */
    MISSED,
    /** A tagged expression no gold one overlaps. */
    SPURIOUS,
    /** Overlapping, but not the same span. */
    BOUNDARY,
    /** Overlapping, with another value. */
    WRONG_VALUE,
    /** Overlapping, with another type. */
    WRONG_TYPE
  }

  /** One line: kind, document, gold and system text/type/value, then the context. */
  public String describe() {
    return kind + "\t" + document + "\tgold " + show(gold) + "\tsystem " + show(system) + "\t| " + context;
  }

  private static String show(@Nullable TimeMention mention) {
    return mention == null ? "-" : "[" + mention.text() + "] " + mention.type() + " " + mention.value();
  }
}
