package org.vigie.time;

/** Which occurrence of a named day, month or season an expression means. */
enum Direction {
  /** No marker: the tense of the clause decides (past → the previous one, future → the next, else the closest). */
  BY_TENSE,
  /** "dernier", "last": strictly before the publication date. */
  LAST,
  /** "prochain", "next": strictly after the publication date. */
  NEXT,
  /** "ce", "this": the publication date itself when it matches, else by tense. */
  THIS,
  /** "ce même", "that same": the day the text was just talking about when it matches, else by tense. */
  SAME_AS_REFERENCE
}
