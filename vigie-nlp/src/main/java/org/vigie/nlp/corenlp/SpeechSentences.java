package org.vigie.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.text.Folding;

/**
 * Picks the sentences worth a dependency parse: those where the quote rules read one, because they hold a verb of
 * saying (by lemma, in any tense), "selon" / "d'après" / "according", or open with "pour". Only these are parsed, so
 * that the parser costs in proportion to the quotes, not to the text. A quotation mark alone is no reason: the parse
 * attributes a quote only through a verb of saying of its own sentence.
 */
final class SpeechSentences {
  /** Longer sentences (tables, lists glued together) are left to the rules: the parse time grows with length. */
  static final int MAX_PARSED_TOKENS = 100;
  private static final Set<String> SOURCE_PREPOSITIONS = Set.of("selon", "d'apres", "apres", "according");

  /**
   * The share of a document's tokens the parser may read (JVM property {@code vigie.parsedShare}, default 1: every
   * sentence that may report speech); below 1, sentences with a verb of saying come first.
   */
  static final double PARSED_SHARE = Double.parseDouble(System.getProperty("vigie.parsedShare", "1"));

  private SpeechSentences() {}

  /**
   * The sentences to parse, in text order: those with a verb of saying first, then those with only a source
   * preposition, while they fit in {@link #PARSED_SHARE} of the document's tokens. Words between quotation marks do
   * not count: the quote rules take no verb of saying or source inside a quote for a cue.
   */
  static List<CoreMap> choose(String text, List<CoreMap> sentences, CoreNlpModel model) {
    int total = 0;
    List<List<CoreMap>> byPriority = List.of(new ArrayList<>(), new ArrayList<>());
    Quoting quoting = new Quoting();
    int previousEnd = 0;
    for (CoreMap sentence : sentences) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int size = labels == null ? 0 : labels.size();
      total += size;
      if (size == 0) {
        continue;
      }
      int start = Math.min(Math.max(labels.get(0).beginPosition(), previousEnd), text.length());
      if (text.substring(previousEnd, start).indexOf('\n') >= 0) {
        quoting = new Quoting(); // marks never match across paragraphs
      }
      previousEnd = Math.max(previousEnd, Math.min(labels.get(size - 1).endPosition(), text.length()));
      int priority = priority(labels, model, quoting);
      if (priority >= 0 && size <= MAX_PARSED_TOKENS) {
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

  /**
   * 0 for a sentence with a verb of saying outside quotation marks, 1 for one with only a source, -1 for the rest;
   * {@code quoting} follows the marks from sentence to sentence.
   */
  private static int priority(List<CoreLabel> labels, CoreNlpModel model, Quoting quoting) {
    int priority = !quoting.inside() && "pour".equals(Folding.key(String.valueOf(labels.get(0).word()))) ? 1 : -1;
    for (CoreLabel label : labels) {
      String word = label.word();
      if (word == null || quoting.read(word)) {
        continue;
      }
      String tag = label.tag() == null ? "" : label.tag();
      if (priority < 0 && SOURCE_PREPOSITIONS.contains(Folding.key(word))) {
        priority = 1;
      } else if (model.mayBeSpeechVerb(word, tag)) {
        return 0;
      }
    }
    return priority;
  }

  /** Whether the words read so far leave a quote open: « » “ ” and PTB's `` '' nest, a straight " toggles. */
  private static final class Quoting {
    private int depth;
    private boolean straight;

    boolean inside() {
      return depth > 0 || straight;
    }

    /** Reads one token; true when it is a quotation mark or lies inside a quote. */
    boolean read(String word) {
      switch (word) {
        case "«", "“", "``", "„" -> depth++;
        case "»", "”", "''" -> depth = Math.max(0, depth - 1);
        case "\"" -> straight = !straight;
        default -> {
          return inside();
        }
      }
      return true;
    }
  }
}
