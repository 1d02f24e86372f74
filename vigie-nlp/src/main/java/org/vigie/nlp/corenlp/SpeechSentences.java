package org.vigie.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;
import org.vigie.nlp.lexicon.Fold;
import org.vigie.nlp.lexicon.Lexicon;

/**
 * Picks the sentences worth a dependency parse: those that may report speech, because they hold a quotation mark, a
 * verb of saying (by lemma, in any tense) or "selon" / "d'après" / "according". Only these are parsed, so that the
 * parser costs in proportion to the quotes, not to the text.
 */
final class SpeechSentences {
  /** Longer sentences (tables, lists glued together) are left to the rules: the parse time grows with length. */
  static final int MAX_PARSED_TOKENS = 100;
  private static final String QUOTE_MARKS = "«»“”\"„‹›";
  private static final Set<String> SOURCE_PREPOSITIONS = Set.of("selon", "d'apres", "apres", "according");

  private SpeechSentences() {}

  static boolean mayReportSpeech(CoreMap sentence, CoreNlpModel model) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (labels == null || labels.isEmpty() || labels.size() > MAX_PARSED_TOKENS) {
      return false;
    }
    for (CoreLabel label : labels) {
      String word = label.word();
      if (word == null) {
        continue;
      }
      if (word.length() == 1 && QUOTE_MARKS.indexOf(word.charAt(0)) >= 0
          || word.startsWith("``") || word.startsWith("''")) {
        return true;
      }
      if (SOURCE_PREPOSITIONS.contains(Fold.key(word))) {
        return true;
      }
      String tag = label.tag() == null ? "" : label.tag();
      if (model.mayBeVerb(tag) && Lexicon.isSpeechVerb(model.language(), model.lemma(word, tag))) {
        return true;
      }
    }
    return false;
  }
}
