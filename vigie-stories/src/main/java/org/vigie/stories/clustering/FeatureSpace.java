package org.vigie.stories.clustering;

/**
 * The separate vector spaces an article and a story are compared in. Each gives one cosine to the assignment model,
 * which learns how much it counts: a title match weighs differently for a headline than for a long article, a
 * shared person differently from a shared place.
 */
enum FeatureSpace {
  /** Stems of the title and body words, numbers ({@code #1200}) and resolved days ({@code @2031-04-08}). */
  TEXT,
  /** Stems and numbers of the title alone. */
  TITLE,
  /** Pairs of adjacent stems, title and body. */
  BIGRAMS,
  /** Folded canonical names of the people. */
  PERSONS,
  /** Folded canonical names of the organisations. */
  ORGANIZATIONS,
  /** Folded canonical names of the places. */
  PLACES,
  /** Folded canonical names of the other named things (events, works, nationalities). */
  OTHER_NAMES,
  /**
   * What carries across languages: entity names ({@code e:}), their words ({@code n:}) and the spelling-neutral
   * keys of those words ({@code k:}, so that "Araghchi" meets "Araqchi"), numbers and resolved days.
   */
  NEUTRAL;

  static final FeatureSpace[] ALL = values();
}
