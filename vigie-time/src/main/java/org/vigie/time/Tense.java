package org.vigie.time;

/** The tense of the clause around an expression, as far as light morphology can tell. */
enum Tense {
  PAST,
  FUTURE,
  UNKNOWN
}
