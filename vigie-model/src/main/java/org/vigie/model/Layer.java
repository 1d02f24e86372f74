package org.vigie.model;

/** The layers an {@link AnalyzedArticle} can carry; annotators declare which they require and produce. */
public enum Layer {
  /** The article text; every document has it. */
  TEXT,
  /** The identified language. */
  LANGUAGE,
  TOKENS,
  SENTENCES,
  /** Named-entity mentions as the tagger found them, before grouping. */
  NAMED_MENTIONS,
  /** Dependency parses (with lemmas) of the sentences that may report speech: a quotation mark, a speech verb. */
  SYNTAX,
  /** Mentions grouped into one entity per referent. */
  ENTITIES,
  QUOTES,
  TIMES,
  /** The check of the publication date against the article's own dates. */
  DATELINE
}
