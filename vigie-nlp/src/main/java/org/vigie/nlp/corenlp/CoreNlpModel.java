package org.vigie.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The CoreNLP models of each supported language. Each language's are loaded on first use, once per process, and
 * shared by every thread (CoreNLP pipelines may annotate several documents at once).
 */
enum CoreNlpModel {
  FRENCH("fr") {
    @Override
    Properties properties() {
      Properties properties = new Properties();
      try (InputStream in = StanfordCoreNLP.class.getClassLoader().getResourceAsStream(FRENCH_DEFAULTS)) {
        if (in == null) {
          throw new IllegalStateException(
              FRENCH_DEFAULTS + " is not on the classpath: add the stanford-corenlp models-french jar");
        }
        properties.load(in);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + FRENCH_DEFAULTS + ": " + e.getMessage(), e);
      }
      return withSharedSettings(properties);
    }

    @Override
    String readers() {
      return "tokenize,ssplit,mwt"; // the French defaults also list a dependency parser, which we do not use
    }

    @Override
    String universalPos(String tag, String word) {
      return tag; // the French tagger is trained on Universal Dependencies
    }
  },

  ENGLISH("en") {
    @Override
    Properties properties() {
      Properties properties = new Properties();
      properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
      properties.setProperty("ner.buildEntityMentions", "true");
      return withSharedSettings(properties);
    }

    @Override
    String readers() {
      return "tokenize,ssplit";
    }

    @Override
    String universalPos(String tag, String word) {
      return TagMapping.universalPos(tag, word);
    }
  };

  private static final String FRENCH_DEFAULTS = "StanfordCoreNLP-french.properties";

  private static final String TAGGERS = "pos,ner";

  private final String language;
  private volatile @Nullable Loaded loaded;

  /**
   * The two halves of a language's CoreNLP pipeline: the readers split the text into sentences and tokens, the
   * taggers add part-of-speech and entity tags; {@link LongWords} works in between.
   */
  private record Loaded(StanfordCoreNLP readers, StanfordCoreNLP taggers) {}

  CoreNlpModel(String language) {
    this.language = language;
  }

  static Optional<CoreNlpModel> forLanguage(@Nullable String language) {
    return Arrays.stream(values()).filter(model -> model.language.equals(language)).findFirst();
  }

  String language() {
    return language;
  }

  /** CoreNLP settings for this language, without the list of annotators. */
  abstract Properties properties();

  /** The annotators that read the text, before the {@value #TAGGERS} taggers. */
  abstract String readers();

  /** The universal part-of-speech tag for one of this model's tags. */
  abstract String universalPos(String tag, String word);

  /** Tokenises, splits and tags the annotation's text. Safe to call from several threads at once. */
  void annotate(Annotation annotation) {
    Loaded models = loaded();
    models.readers().annotate(annotation);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    Runnable restoreLongWords = LongWords.shorten(tokens == null ? List.of() : tokens);
    try {
      models.taggers().annotate(annotation);
    } finally {
      restoreLongWords.run();
    }
  }

  /** Loads the models now if they are not yet (a few seconds, under 200 MB of heap per language). */
  void load() {
    loaded();
  }

  private Loaded loaded() {
    Loaded models = loaded;
    if (models == null) {
      synchronized (this) {
        models = loaded;
        if (models == null) {
          models = build();
          loaded = models;
        }
      }
    }
    return models;
  }

  private Loaded build() {
    try {
      Properties readers = properties();
      readers.setProperty("annotators", readers());
      Properties taggers = properties();
      taggers.setProperty("annotators", TAGGERS);
      // the taggers' requirements (tokens, sentences) come from the readers, in another CoreNLP pipeline object
      return new Loaded(new StanfordCoreNLP(readers), new StanfordCoreNLP(taggers, false));
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot load the CoreNLP models for '" + language + "': " + e.getMessage(), e);
    }
  }

  private static Properties withSharedSettings(Properties properties) {
    // every line ends a sentence: scraped news puts one paragraph, caption, credit or intertitle a line, and a
    // caption glued to the next sentence makes names of its words ("Coupe du monde\nLe sélectionneur")
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // Vigie tags times itself, and the numeric and fine-grained taggers cost time and memory for nothing here
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.applyFineGrained", "false");
    return properties;
  }
}
