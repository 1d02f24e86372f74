package org.vigie.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.nlp.lexicon.FrenchLemmas;
import org.vigie.nlp.lexicon.Lexicon;

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

    @Override
    String parserModel() {
      return properties().getProperty("depparse.model");
    }

    @Override
    boolean mayBeVerb(String tag) {
      // the tagger often takes a verb for an adjective or a noun ("précise", "estime"), and the dictionary knows better
      return tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADJ") || tag.equals("NOUN");
    }

    @Override
    String lemma(String word, String tag) {
      FrenchLemmas.WordClass wordClass = switch (tag) {
        case "VERB", "AUX" -> FrenchLemmas.WordClass.VERB;
        case "NOUN" -> FrenchLemmas.WordClass.NOUN;
        case "ADJ" -> FrenchLemmas.WordClass.ADJECTIVE;
        default -> FrenchLemmas.WordClass.ANY;
      };
      Set<String> lemmas = FrenchLemmas.of(word, wordClass);
      if (lemmas.isEmpty() && wordClass != FrenchLemmas.WordClass.VERB) {
        lemmas = FrenchLemmas.of(word, FrenchLemmas.WordClass.VERB);
      }
      return lemmas.isEmpty() ? word.toLowerCase(java.util.Locale.ROOT) : lemmas.iterator().next();
    }

    @Override
    boolean mayBeSpeechVerb(String word, String tag) {
      if (super.mayBeSpeechVerb(word, tag)) {
        return true;
      }
      // the quote rules take an adjective or a noun with a subject for any verb it may be ("précise")
      if (!tag.equals("ADJ") && !tag.equals("NOUN")) {
        return false;
      }
      for (String lemma : FrenchLemmas.of(word, FrenchLemmas.WordClass.VERB)) {
        if (Lexicon.isSpeechVerb(language(), lemma)) {
          return true;
        }
      }
      return false;
    }
  },

  ENGLISH("en") {
    @Override
    Properties properties() {
      Properties properties = new Properties();
      properties.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
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

    @Override
    String parserModel() {
      return "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    }

    @Override
    boolean mayBeVerb(String tag) {
      return tag.startsWith("VB");
    }

    @Override
    String lemma(String word, String tag) {
      return ENGLISH_MORPHOLOGY.get().lemma(word, tag, true);
    }
  };

  /** CoreNLP's English lemmatiser keeps state while it reads a word: one per thread. */
  private static final ThreadLocal<Morphology> ENGLISH_MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

  private static final String FRENCH_DEFAULTS = "StanfordCoreNLP-french.properties";

  private static final String TAGGERS = "pos,ner";

  private final String language;
  private volatile @Nullable Loaded loaded;

  /**
   * CoreNLP's neural parser computes the hidden contributions of this many frequent (feature, value) pairs at load;
   * so does {@link ParserNetwork} (in floats: 80 MB for the French model's 1,000 hidden units).
   */
  private static final int PRECOMPUTED_INPUTS = 20_000;

  /**
   * The two halves of a language's CoreNLP pipeline: the readers split the text into sentences and tokens, the
   * taggers add part-of-speech and entity tags; {@link LongWords} works in between. Then the dependency parser.
   */
  private record Loaded(StanfordCoreNLP readers, StanfordCoreNLP taggers, ArcStandardParser parser) {}

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

  /** The resource of this language's neural dependency parser (Universal Dependencies). */
  abstract String parserModel();

  /** Whether a word with this tag may be a verb when the lemma lexicon says so. */
  abstract boolean mayBeVerb(String tag);

  /** The lemma of a word with this model's tag, lower case. */
  abstract String lemma(String word, String tag);

  /** Whether a word with this tag may be a verb of saying (by its lemma) for the quote rules. */
  boolean mayBeSpeechVerb(String word, String tag) {
    return mayBeVerb(tag) && Lexicon.isSpeechVerb(language, lemma(word, tag));
  }

  /**
   * Tokenises, splits and tags the annotation's text, and parses the sentences that {@link SpeechSentences} picks;
   * returns their parses (the other sentences have none). Safe to call from several threads at once.
   */
  Map<CoreMap, ArcStandardParser.Parse> annotate(Annotation annotation) {
    Loaded models = loaded();
    models.readers().annotate(annotation);
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    Runnable restoreLongWords = LongWords.shorten(tokens == null ? List.of() : tokens);
    Map<CoreMap, ArcStandardParser.Parse> parses = new IdentityHashMap<>();
    try {
      models.taggers().annotate(annotation);
      List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      String text = annotation.get(CoreAnnotations.TextAnnotation.class);
      for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : SpeechSentences.choose(text, sentences, this)) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        parses.put(sentence, models.parser().parse(labels.stream().map(CoreLabel::word).toList(),
            labels.stream().map(CoreLabel::tag).toList()));
      }
    } finally {
      restoreLongWords.run();
    }
    return parses;
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
      // the taggers' requirements come from the pipeline before them, another pipeline object
      return new Loaded(new StanfordCoreNLP(readers), new StanfordCoreNLP(taggers, false),
          new ArcStandardParser(ParserNetwork.load(parserModel(), PRECOMPUTED_INPUTS)));
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
    // Vigie makes its mentions from the tokens' tags (Conversion); CoreNLP's own would be built for nothing
    properties.setProperty("ner.buildEntityMentions", "false");
    return properties;
  }
}
