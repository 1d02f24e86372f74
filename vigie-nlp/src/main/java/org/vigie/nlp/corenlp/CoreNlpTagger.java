package org.vigie.nlp.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Layer;
import org.vigie.nlp.Annotator;
import org.vigie.nlp.UnsupportedLanguageException;

/**
 * Adds {@link Layer#TOKENS}, {@link Layer#SENTENCES}, {@link Layer#NAMED_MENTIONS} and {@link Layer#SYNTAX} with
 * Stanford CoreNLP: tokenize, ssplit, (French) mwt, pos, ner, and depparse on the sentences that may report speech
 * ({@link SpeechSentences}). Tokens carry universal POS tags and one of PERSON, ORGANIZATION, LOCATION, MISC or O; a
 * named mention is a run of tokens of one entity class within a sentence.
 *
 * <p>French multi-word tokens give several tokens over one span: "du" gives "de" and "le", both covering "du".
 * The CoreNLP pipeline of each language loads on first use, once per process; see {@link #warmUp(String)}.
 */
public final class CoreNlpTagger implements Annotator {
  private static final String NAME = "corenlp";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.LANGUAGE);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS, Layer.SYNTAX);
  }

  /**
   * @throws UnsupportedLanguageException when the document's language is not one of {@link #supportedLanguages()}
   * @throws IllegalStateException when CoreNLP fails on this text
   */
  @Override
  public AnalyzedArticle annotate(AnalyzedArticle document) {
    String language = String.valueOf(document.language());
    CoreNlpModel model = CoreNlpModel.forLanguage(language)
        .orElseThrow(() -> new UnsupportedLanguageException(NAME, language));
    Annotation annotation = new Annotation(Utf16.withoutLoneSurrogates(document.text()));
    Map<CoreMap, ArcStandardParser.Parse> parses;
    try {
      parses = model.annotate(annotation);
    } catch (Error e) {
      if (e.getClass() != Error.class) {
        throw e; // out of memory, stack overflow...: not this article's fault alone
      }
      // CoreNLP's lexers report input they cannot match with a plain Error; keep it to this article
      throw new IllegalStateException("CoreNLP could not read the text: " + e.getMessage(), e);
    }
    Conversion.Layers layers = Conversion.of(document.text(), annotation, parses, model);
    return document.withTokens(layers.tokens(), layers.sentences()).withNamedMentions(layers.mentions())
        .withDependencies(layers.dependencies());
  }

  /** ISO 639-1 codes of the languages CoreNLP has models for here. */
  public static Set<String> supportedLanguages() {
    return Arrays.stream(CoreNlpModel.values()).map(CoreNlpModel::language).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Loads the pipeline of one language now rather than on its first article.
   *
   * @throws UnsupportedLanguageException for a language outside {@link #supportedLanguages()}
   */
  public static void warmUp(String language) {
    CoreNlpModel.forLanguage(language).orElseThrow(() -> new UnsupportedLanguageException(NAME, language)).load();
  }
}
