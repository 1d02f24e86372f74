package org.vigie.nlp;

import java.util.List;
import java.util.Set;
import org.vigie.nlp.corenlp.CoreNlpTagger;
import org.vigie.nlp.entities.EntityGrouper;
import org.vigie.nlp.language.LanguageIdentifier;
import org.vigie.nlp.quotes.QuoteAnnotator;
import org.vigie.nlp.times.TimeAnnotator;
import org.vigie.time.TimeTagger;

/**
 * The pipelines Vigie runs. Building one is cheap: the models behind it load on first use, once per process, and
 * are shared by every pipeline and thread. Call {@link #warmUp} to pay that cost up front.
 */
public final class Analyzers {
  private Analyzers() {}

  /**
   * Language identification, then CoreNLP tokens, sentences and named mentions, then entities (corrected, merged,
   * with roles), then quotes and their speakers, then times normalised against the publication date once that
   * date is checked against the article's own dates. CoreNLP's own quote annotator stays out: it fails on French multi-word
   * tokens.
   */
  public static Pipeline standard() {
    return new Pipeline(List.of(new LanguageIdentifier(), new CoreNlpTagger(), new EntityGrouper(),
        new QuoteAnnotator(), new TimeAnnotator(new TimeTagger())));
  }

  /** ISO 639-1 codes of the languages the standard pipeline analyses; others get only a language and an error. */
  public static Set<String> supportedLanguages() {
    return CoreNlpTagger.supportedLanguages();
  }

  /**
   * Loads the language identifier's models and the CoreNLP models of {@code languages} now.
   *
   * @throws UnsupportedLanguageException for a language outside {@link #supportedLanguages()}, before loading
   *     anything
   */
  public static void warmUp(Set<String> languages) {
    for (String language : languages) {
      if (!supportedLanguages().contains(language)) {
        throw new UnsupportedLanguageException("warm-up", language);
      }
    }
    new LanguageIdentifier().warmUp();
    languages.forEach(CoreNlpTagger::warmUp);
  }
}
