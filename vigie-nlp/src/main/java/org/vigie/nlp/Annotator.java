package org.vigie.nlp;

import java.util.Set;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Layer;

/**
 * One analysis stage. Implementations are configured once, are safe to share across threads, and never mutate
 * their input: {@link #annotate} returns a new document with the layers of {@link #produces()} added.
 */
public interface Annotator {

  /** A short name used in error messages ("ner", "quotes"). */
  String name();

  /** Layers that must be present before this annotator runs. */
  Set<Layer> requires();

  /** Layers this annotator adds. */
  Set<Layer> produces();

  AnalyzedArticle annotate(AnalyzedArticle document);
}
