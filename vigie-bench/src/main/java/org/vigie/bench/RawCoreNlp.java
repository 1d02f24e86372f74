package org.vigie.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The limit: bare CoreNLP with the annotators Vigie's tagger needs and nothing of Vigie around it. French
 * {@code tokenize,ssplit,mwt,pos,ner} from CoreNLP's own French properties; English {@code tokenize,ssplit,pos,ner}
 * with the CoNLL 4-class model. Fine-grained, SUTime and numeric NER are off, as in Vigie.
 */
public final class RawCoreNlp {
  private final Map<String, StanfordCoreNLP> pipelines = new ConcurrentHashMap<>();

  /** The pipeline for {@code language} ("fr" or "en"), built on first use. */
  public StanfordCoreNLP pipeline(String language) {
    return pipelines.computeIfAbsent(language, RawCoreNlp::build);
  }

  private static StanfordCoreNLP build(String language) {
    Properties p;
    if (language.equals("fr")) {
      p = new Properties();
      try (InputStream in = RawCoreNlp.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-french.properties")) {
        if (in == null) {
          throw new IllegalStateException("StanfordCoreNLP-french.properties is not on the class path");
        }
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
    } else if (language.equals("en")) {
      p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,ner");
      p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
    } else {
      throw new IllegalArgumentException("no bare CoreNLP pipeline for language " + language);
    }
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    return new StanfordCoreNLP(p);
  }

  /** Annotates {@code text} and returns its number of tokens. */
  public int annotate(String text, String language) {
    Annotation annotation = new Annotation(text);
    pipeline(language).annotate(annotation);
    var tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }
}
