package org.vigie.nlp.times;

import java.util.Set;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Layer;
import org.vigie.nlp.Annotator;
import org.vigie.nlp.UnsupportedLanguageException;
import org.vigie.time.TimeTagger;

/** Tags temporal expressions and normalises them to TIMEX3 values against the article's publication date. */
public final class TimeAnnotator implements Annotator {
  private static final Set<String> SUPPORTED = Set.of("fr", "en");
  private final TimeTagger tagger;

  public TimeAnnotator(TimeTagger tagger) {
    this.tagger = tagger;
  }

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.LANGUAGE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.TIMES);
  }

  @Override
  public AnalyzedArticle annotate(AnalyzedArticle document) {
    String language = document.language() == null ? "" : document.language();
    if (!SUPPORTED.contains(language)) {
      throw new UnsupportedLanguageException(name(), language);
    }
    return document.withTimes(tagger.tag(document.text(), language, document.article().published()));
  }
}
