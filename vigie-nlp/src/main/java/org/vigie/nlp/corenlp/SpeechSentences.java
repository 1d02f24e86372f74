package org.vigie.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.text.Folding;

/**
 * Picks the sentences worth a dependency parse: those that may report speech, because they hold a quotation mark, a
 * verb of saying (by lemma, in any tense), "selon" / "d'après" / "according", or open with "pour". Only these are
 * parsed, so that the parser costs in proportion to the quotes, not to the text.
 */
final class SpeechSentences {
  /** Longer sentences (tables, lists glued together) are left to the rules: the parse time grows with length. */
  static final int MAX_PARSED_TOKENS = 100;
  private static final String QUOTE_MARKS = "«»“”\"„‹›";
  private static final Set<String> SOURCE_PREPOSITIONS = Set.of("selon", "d'apres", "apres", "according");

  /**
   * The share of a document's tokens the parser may read (JVM property {@code vigie.parsedShare}, default 1: every
   * sentence that may report speech). The parser costs about four times what tokenising, tagging and NER cost per
   * token: at 1 the pipeline runs at about 0.3 of bare CoreNLP's speed; 0.1 would keep it near 0.6, but then the
   * parse reaches too few sentences to help (README, "Quotes").
   */
  static final double PARSED_SHARE = Double.parseDouble(System.getProperty("vigie.parsedShare", "1"));

  private SpeechSentences() {}

  /**
   * The sentences to parse, in text order: those with a verb of saying first, then those with only a quotation mark
   * or a source preposition, while they fit in {@link #PARSED_SHARE} of the document's tokens.
   */
  static List<CoreMap> choose(List<CoreMap> sentences, CoreNlpModel model) {
    int total = 0;
    List<List<CoreMap>> byPriority = List.of(new ArrayList<>(), new ArrayList<>());
    for (CoreMap sentence : sentences) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int size = labels == null ? 0 : labels.size();
      total += size;
      int priority = size == 0 || size > MAX_PARSED_TOKENS ? -1 : priority(labels, model);
      if (priority >= 0) {
        byPriority.get(priority).add(sentence);
      }
    }
    double budget = PARSED_SHARE * total;
    Set<CoreMap> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (List<CoreMap> group : byPriority) {
      for (CoreMap sentence : group) {
        int size = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        if (size <= budget) {
          chosen.add(sentence);
          budget -= size;
        }
      }
    }
    return sentences.stream().filter(chosen::contains).toList();
  }

  /** 0 for a sentence with a verb of saying, 1 for one with only a quotation mark or a source, -1 for the rest. */
  private static int priority(List<CoreLabel> labels, CoreNlpModel model) {
    int priority = "pour".equals(Folding.key(String.valueOf(labels.get(0).word()))) ? 1 : -1; // "Pour l'ONG, ..."
    for (CoreLabel label : labels) {
      String word = label.word();
      if (word == null) {
        continue;
      }
      String tag = label.tag() == null ? "" : label.tag();
      if (model.mayBeVerb(tag) && Lexicon.isSpeechVerb(model.language(), model.lemma(word, tag))) {
        return 0;
      }
      if (word.length() == 1 && QUOTE_MARKS.indexOf(word.charAt(0)) >= 0
          || word.startsWith("``") || word.startsWith("''") || SOURCE_PREPOSITIONS.contains(Folding.key(word))) {
        priority = 1;
      }
    }
    return priority;
  }
}
