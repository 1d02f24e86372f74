package org.vigie.time;

import java.util.Locale;

/**
 * The counts TempEval-3 pools over documents (micro-averaging), and the measures computed from them.
 *
 * @param gold gold TIMEX3s
 * @param system tagged expressions
 * @param strictMatches system expressions with exactly the span of a gold one
 * @param relaxedMatches one-to-one pairs of overlapping system and gold expressions
 * @param correctValues relaxed pairs whose values are equal
 * @param correctTypes relaxed pairs whose types are equal
 */
public record Scores(int documents, int gold, int system, int strictMatches, int relaxedMatches, int correctValues,
    int correctTypes) {

  public static final Scores EMPTY = new Scores(0, 0, 0, 0, 0, 0, 0);

  public Scores plus(Scores other) {
    return new Scores(documents + other.documents, gold + other.gold, system + other.system,
        strictMatches + other.strictMatches, relaxedMatches + other.relaxedMatches,
        correctValues + other.correctValues, correctTypes + other.correctTypes);
  }

  public Prf strict() {
    return Prf.of(strictMatches, system, gold);
  }

  public Prf relaxed() {
    return Prf.of(relaxedMatches, system, gold);
  }

  /** TempEval-3 value score: relaxed pairs with the right value, over system and gold totals. */
  public Prf value() {
    return Prf.of(correctValues, system, gold);
  }

  /** TempEval-3 type score: relaxed pairs with the right type, over system and gold totals. */
  public Prf type() {
    return Prf.of(correctTypes, system, gold);
  }

  /** Right values among the expressions that were found (relaxed pairs). */
  public double valueAccuracy() {
    return relaxedMatches == 0 ? 0 : (double) correctValues / relaxedMatches;
  }

  /** A few aligned lines: counts, then strict, relaxed, value and type scores. */
  public String summary() {
    return String.format(Locale.ROOT, """
        documents %d, gold %d, system %d, strict %d, relaxed %d, right value %d, right type %d
          strict   %s
          relaxed  %s
          value    %s  (accuracy on found %.2f)
          type     %s
        """, documents, gold, system, strictMatches, relaxedMatches, correctValues, correctTypes, strict(),
        relaxed(), value(), 100 * valueAccuracy(), type());
  }
}
