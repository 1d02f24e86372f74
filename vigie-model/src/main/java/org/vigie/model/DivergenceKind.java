package org.vigie.model;

/** What a {@link Divergence} disagrees about. */
public enum DivergenceKind {
  /** The same quote credited to different speakers by different outlets. */
  QUOTE_SPEAKER,
  /** Different figures for the same fact ("1 200 évacués" against "1,500 evacuated"). */
  FIGURE,
  /** Different dates for the same event. */
  DATE,
  /** An article's published date contradicts what its content reports. */
  DATELINE
}
