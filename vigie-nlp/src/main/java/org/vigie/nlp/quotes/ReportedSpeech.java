package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;

/**
 * Reported speech with an identified speaker: a speech verb followed, within a few words and no comma, by "que",
 * "qu'" or "that" ("Téhéran a répété qu'il riposterait"), or in French by an infinitive after a verb of saying
 * ("Les Etats-Unis ont indiqué ces derniers jours vouloir discuter"). The reported clause runs from after "que" (or
 * from the infinitive) to the end of the sentence, a semicolon, or a comma before a present participle
 * ("..., brandissant le risque"), or, when the verb sits in a clause opened by "si", "bien que", "if"..., at the
 * first comma. Verbs inside quotation marks are left alone.
 */
final class ReportedSpeech {
  private static final int MAX_WORDS_TO_THAT = 8;
  private static final int MAX_WORDS_TO_INFINITIVE = 4;
  private static final Set<String> THAT = Set.of("que", "qu'", "that");
  private static final Set<String> INFINITIVE_CUES = Set.of("indique", "affirme", "declare", "dit", "assure",
      "annonce", "estime", "repete", "promis", "affirmant", "assurant", "estimant", "indiquant", "declarant");
  private static final Set<String> NOT_INFINITIVES = Set.of("hier", "premier", "dernier", "entre", "contre",
      "autre", "notre", "votre", "leur", "pour", "sur", "soir", "noir", "cher", "fier", "mer", "hiver");
  private static final Set<String> SUBORDINATORS = Set.of("si", "s'", "bien", "alors", "quoique", "puisque",
      "puisqu'", "comme", "if", "although", "though", "while", "since", "as", "because");
  private static final String STOPS = ".;:!?«»“”\"\n";

  private final Discourse discourse;
  private final Speakers speakers;

  ReportedSpeech(Discourse discourse, Speakers speakers) {
    this.discourse = discourse;
    this.speakers = speakers;
  }

  List<Found> find(List<MarkedSpan> marked, List<Found> direct) {
    String text = discourse.text;
    List<Found> found = new ArrayList<>();
    for (int[] sentence : discourse.sentences) {
      for (Cue cue : discourse.cues.findAll(text, sentence[0], sentence[1])) {
        if (insideMarks(cue.start(), marked)) {
          continue;
        }
        int clauseStart = clauseStart(cue, sentence[1]);
        if (clauseStart < 0 || insideMarks(clauseStart, marked)) {
          continue;
        }
        int clauseEnd = clauseEnd(clauseStart, sentence[1], inSubordinateClause(text, sentence[0], cue.start()));
        if (clauseEnd <= clauseStart) {
          continue;
        }
        List<Found> earlier = merged(direct, found, cue.start());
        Optional<Who> who = speaker(cue, sentence[0], earlier);
        who.ifPresent(speaker -> found.add(new Found(clauseStart, clauseEnd, false, cue.text(), speaker)));
      }
    }
    return found;
  }

  private Optional<Who> speaker(Cue cue, int sentenceStart, List<Found> earlier) {
    if (cue.pronoun() != null) {
      return speakers.resolve(cue.pronoun(), cue.start(), earlier);
    }
    if (cue.participle()) {
      for (int i = earlier.size() - 1; i >= 0; i--) {
        if (earlier.get(i).end() > sentenceStart && earlier.get(i).who() != null) {
          return Optional.of(earlier.get(i).who());
        }
      }
    }
    return speakers.before(cue, sentenceStart, earlier);
  }

  /** Where the reported clause starts after the cue, or -1. */
  private int clauseStart(Cue cue, int sentenceEnd) {
    String text = discourse.text;
    List<Word> words = Words.of(text, cue.end(), sentenceEnd);
    for (int i = 0; i < Math.min(words.size(), MAX_WORDS_TO_THAT + 1); i++) {
      if (!plainGap(text, i == 0 ? cue.end() : words.get(i - 1).end(), words.get(i).start())) {
        return -1;
      }
      Word word = words.get(i);
      if (THAT.contains(word.key())) {
        int start = word.end();
        while (start < sentenceEnd && QuoteMarks.isSpace(text.charAt(start))) {
          start++;
        }
        return start;
      }
      boolean afterDeterminer = i > 0 && (Lexicon.DETERMINERS.contains(words.get(i - 1).key())
          || words.get(i - 1).key().equals("ces"));
      if (i < MAX_WORDS_TO_INFINITIVE && "fr".equals(discourse.language) && isInfinitive(word) && !afterDeterminer
          && Lexicon.titleAt(words, i) == 0 && INFINITIVE_CUES.contains(lastWordKey(cue))) {
        return word.start();
      }
    }
    return -1;
  }

  /** Whether the cue sits in a clause opened by "si", "bien que", "if", "although"...: its clause ends at a comma. */
  private static boolean inSubordinateClause(String text, int sentenceStart, int cueStart) {
    List<Word> words = Words.of(text, sentenceStart, cueStart);
    return !words.isEmpty() && SUBORDINATORS.contains(words.get(0).key())
        && text.substring(sentenceStart, cueStart).indexOf(',') < 0;
  }

  private int clauseEnd(int start, int sentenceEnd, boolean subordinate) {
    String text = discourse.text;
    int end = sentenceEnd;
    for (int i = start; i < sentenceEnd; i++) {
      char c = text.charAt(i);
      if (c == ';' || (c == ',' && subordinate)) {
        end = i;
        break;
      }
      if (c == ',') {
        List<Word> next = Words.of(text, i + 1, Math.min(sentenceEnd, i + 40));
        if (!next.isEmpty() && (next.get(0).key().endsWith("ant") && next.get(0).key().length() > 5
            || discourse.cues.at(text, next.get(0).start(), sentenceEnd).isPresent())) {
          end = i;
          break;
        }
      }
    }
    while (end > start && (QuoteMarks.isSpace(text.charAt(end - 1)) || ".,;:!?".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end;
  }

  private static boolean plainGap(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ',' || STOPS.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInfinitive(Word word) {
    String key = word.key();
    return key.length() >= 5 && !word.isCapitalised() && !NOT_INFINITIVES.contains(key)
        && (key.endsWith("er") || key.endsWith("ir") || key.endsWith("re") || key.endsWith("oir"));
  }

  private static String lastWordKey(Cue cue) {
    List<Word> words = Words.of(cue.text());
    String key = words.isEmpty() ? "" : words.get(words.size() - 1).key();
    int hyphen = key.indexOf('-');
    return hyphen > 0 ? key.substring(0, hyphen) : key;
  }

  private static boolean insideMarks(int position, List<MarkedSpan> marked) {
    for (MarkedSpan span : marked) {
      if (span.open() <= position && position < span.close()) {
        return true;
      }
    }
    return false;
  }

  private static List<Found> merged(List<Found> direct, List<Found> reported, int before) {
    List<Found> all = new ArrayList<>();
    for (Found found : direct) {
      if (found.start() < before) {
        all.add(found);
      }
    }
    for (Found found : reported) {
      if (found.start() < before) {
        all.add(found);
      }
    }
    all.sort(java.util.Comparator.comparingInt(Found::start));
    return all;
  }
}
