package org.vigie.store;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * One analyser per language group, each folding case and accents so "negociations" finds "négociations".
 *
 * <p>No stop words: a query is parsed against every language's fields with AND between words, and a word that
 * one analyser dropped would otherwise become impossible to match in that language. BM25's idf already weighs
 * frequent words down. Accents are folded before stemming so accented and bare forms stem alike.
 */
final class LanguageAnalyzers {
  /** The language groups that have their own fields: French, English, and everything else. */
  static final String FRENCH = "fr";
  static final String ENGLISH = "en";
  static final String OTHER = "any";
  static final String[] GROUPS = {FRENCH, ENGLISH, OTHER};

  private LanguageAnalyzers() {}

  static String group(String language) {
    return switch (language) {
      case FRENCH, ENGLISH -> language;
      default -> OTHER;
    };
  }

  static String titleField(String group) {
    return "title." + group;
  }

  static String bodyField(String group) {
    return "body." + group;
  }

  /** The analyser for the whole index: each text field gets its language's analyser, other fields the standard one. */
  static Analyzer perField() {
    Map<String, Analyzer> byField = new HashMap<>();
    Analyzer french = french();
    Analyzer english = english();
    Analyzer other = other();
    for (String group : GROUPS) {
      Analyzer analyzer = switch (group) {
        case FRENCH -> french;
        case ENGLISH -> english;
        default -> other;
      };
      byField.put(titleField(group), analyzer);
      byField.put(bodyField(group), analyzer);
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
  }

  static Analyzer french() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new FrenchLightStemFilter(result);
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
      }
    };
  }

  static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  static Analyzer other() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new ASCIIFoldingFilter(new LowerCaseFilter(source));
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }
}
