package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * Reported speech with an identified speaker: a speech verb followed, within a few words and no comma, by "que",
 * "qu'" or "that" ("Téhéran a répété qu'il riposterait"), or in French by an infinitive after a verb of saying
 * ("Les Etats-Unis ont indiqué ces derniers jours vouloir discuter"). The reported clause runs from after "que" (or
 * from the infinitive) to the end of the sentence, a semicolon, or a comma before a present participle
 * ("..., brandissant le risque"), or, when the verb sits in a clause opened by "si", "bien que", "if"..., at the
 * first comma. Verbs inside quotation marks are left alone. A clause the parse gives a verb of saying whose subject
 * names nobody the rules can tell ("De Santis, le directeur, a affirmé que ...") is kept without a speaker, when no
 * attributed clause overlaps it, for the ranker to choose one ({@link QuoteAnnotator}).
 */
final class ReportedSpeech {
  private static final int MAX_WORDS_TO_THAT = 8;
  private static final int MAX_WORDS_TO_INFINITIVE = 4;
  private static final Set<String> THAT = Set.of("que", "qu'", "that");
  private static final Set<String> STRESSED_PRONOUNS = Set.of("lui", "elle", "eux", "elles");
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
    List<Found> unresolved = new ArrayList<>();
    Syntax syntax = discourse.syntax;
    for (int[] sentence : discourse.sentences) {
      List<Integer> parsed = syntax.tokensIn(sentence[0], sentence[1]);
      for (int token : parsed) {
        Found clause = syntax.isSpeechVerb(token) ? contentClause(token, marked, merged(direct, found,
            syntax.token(token).start()), sentence)
            : sourcePhrase(token, marked, sentence);
        if (clause != null && clause.who() == null) {
          unresolved.add(clause);
        } else if (clause != null && found.stream().noneMatch(other -> crosses(other, clause))) {
          found.add(clause);
        }
      }
    }
    List<Found> fromParse = List.copyOf(found);
    for (int[] sentence : discourse.sentences) {
      for (Cue cue : discourse.cues.findAll(text, sentence[0], sentence[1])) {
        if (MarkedSpan.inside(cue.start(), marked)) {
          continue;
        }
        int clauseStart = clauseStart(cue, sentence[1]);
        if (clauseStart < 0) {
          Found before = beforeInvertedCue(cue, sentence, marked, merged(direct, found, cue.start()));
          if (before != null && fromParse.stream().noneMatch(other -> overlaps(other, before))) {
            found.add(before);
          }
          continue;
        }
        if (MarkedSpan.inside(clauseStart, marked)) {
          continue;
        }
        int clauseEnd = clauseEnd(clauseStart, sentence[1], inSubordinateClause(text, sentence[0], cue.start()));
        if (clauseEnd <= clauseStart) {
          continue;
        }
        List<Found> earlier = merged(direct, found, cue.start());
        Optional<Who> who = speaker(cue, sentence[0], earlier);
        Found candidate = who.map(speaker -> new Found(clauseStart, clauseEnd, false, cue.text(), speaker))
            .orElse(null);
        if (candidate != null && !allMarked(clauseStart, clauseEnd, marked)
            && fromParse.stream().noneMatch(other -> overlaps(other, candidate))) {
          found.add(candidate);
        }
      }
    }
    for (Found clause : unresolved) {
      if (found.stream().noneMatch(other -> overlaps(other, clause))) {
        found.add(clause);
      }
    }
    found.sort(java.util.Comparator.comparingInt(Found::start));
    return found;
  }

  /**
   * The clause a parsed verb of saying governs: its ccomp ("a annoncé que ...", "said the plan failed"), or in
   * French a bare infinitive ("ont raconté avoir vu ..."), with the verb's subject as speaker. A clause that is all
   * between quotation marks is the direct quote's.
   */
  private @Nullable Found contentClause(int verb, List<MarkedSpan> marked, List<Found> earlier, int[] sentence) {
    Syntax syntax = discourse.syntax;
    if (MarkedSpan.inside(syntax.token(verb).start(), marked)) {
      return null;
    }
    int content = syntax.child(verb, "ccomp");
    if (content < 0 && "fr".equals(discourse.language)) {
      int infinitive = syntax.child(verb, "xcomp");
      if (infinitive >= 0 && syntax.token(infinitive).pos().equals("VERB")
          && syntax.token(infinitive).start() > syntax.token(verb).start()
          && (syntax.child(infinitive, "mark") < 0 || withDe(verb, syntax.child(infinitive, "mark")))) {
        content = infinitive;
      }
    }
    if (content >= 0 && syntax.token(content).start() < syntax.token(verb).start()) {
      content = -1; // a clause before its verb is the content of an inverted cue: see below
    }
    if (content < 0) {
      return contentBefore(verb, marked, earlier, sentence);
    }
    int[] range = syntax.subtree(content);
    int first = range[0];
    while (first <= range[1] && (syntax.relation(first).equals("mark") || syntax.relation(first).equals("punct"))
        && first < content) {
      first++;
    }
    if (syntax.relation(first).equals("mark") && first == content) {
      first++;
    }
    int start = syntax.token(Math.min(first, range[1])).start();
    int end = trimmedEnd(start, syntax.token(range[1]).end());
    if (end <= start || end > sentence[1] || allMarked(start, end, marked)) {
      return null;
    }
    int subject = syntax.subject(verb);
    Optional<Who> who = subject >= 0 ? speakers.ofSubject(syntax, subject, earlier) : Optional.empty();
    if (who.isEmpty() && subject < 0 && syntax.isPresentParticiple(verb)) {
      for (int i = earlier.size() - 1; i >= 0; i--) { // a participle ("estimant que") speaks for the sentence's speaker
        if (earlier.get(i).end() > sentence[0] && earlier.get(i).who() != null) {
          who = Optional.of(earlier.get(i).who());
          break;
        }
      }
    }
    return new Found(start, end, false, cueText(verb), who.orElse(null));
  }

  /** "CONTENT, a mis en avant X.": the words from the sentence start to the comma before a cue with its subject after. */
  private @Nullable Found beforeInvertedCue(Cue cue, int[] sentence, List<MarkedSpan> marked, List<Found> earlier) {
    String text = discourse.text;
    int comma = cue.start();
    while (comma > sentence[0] && QuoteMarks.isSpace(text.charAt(comma - 1))) {
      comma--;
    }
    if (comma <= sentence[0] || text.charAt(comma - 1) != ',' || MarkedSpan.inside(cue.start(), marked)) {
      return null;
    }
    int start = sentence[0];
    while (start < comma && QuoteMarks.isSpace(text.charAt(start))) {
      start++;
    }
    int end = trimmedEnd(start, comma - 1);
    if (end <= start || Words.of(text, start, end).size() < 3 || allMarked(start, end, marked)
        || text.substring(start, end).indexOf(',') >= 0 && cue.pronoun() == null) {
      return null;
    }
    Optional<Who> who = speakers.after(cue, sentence[1], earlier);
    return who.isEmpty() || who.get().isPhrase() ? null : new Found(start, end, false, cue.text(), who.get());
  }

  /** Whether the infinitive's "de" may introduce the content of this verb ("accusent l'Iran de chercher"). */
  private boolean withDe(int verb, int mark) {
    Syntax syntax = discourse.syntax;
    return Folding.key(syntax.token(mark).text()).startsWith("d")
        && Lexicon.FRENCH_SPEECH_VERBS_WITH_DE.contains(syntax.dependency(verb).lemma());
  }

  private String cueText(int verb) {
    int[] phrase = discourse.syntax.verbPhrase(verb);
    return Folding.spaces(discourse.text.substring(phrase[0], phrase[1]));
  }

  /**
   * The content of a cue whose subject follows it: "CONTENT, a déclaré X." gives the words from the sentence start
   * to the comma before the cue; an incise ("L'Iran, a-t-il averti, a un accès ...") gives the words after it.
   * Content that is one direct quote and nothing more is the direct quote's.
   */
  private @Nullable Found contentBefore(int verb, List<MarkedSpan> marked, List<Found> earlier, int[] sentence) {
    Syntax syntax = discourse.syntax;
    String text = discourse.text;
    int subject = syntax.subject(verb);
    if (subject < 0 || subject < verb && !syntax.isInvertedClitic(subject)) {
      return null; // only an inverted subject ("a déclaré X", "a-t-il dit") makes the words before it content
    }
    int[] phrase = syntax.verbPhrase(verb);
    if (speakers.afterNeuterComme(phrase[0])) {
      return asReported(verb, subject, marked, earlier, sentence);
    }
    int comma = phrase[0];
    while (comma > sentence[0] && QuoteMarks.isSpace(text.charAt(comma - 1))) {
      comma--;
    }
    if (comma <= sentence[0] || text.charAt(comma - 1) != ',') {
      return null;
    }
    int[] clause = syntax.subtree(subject);
    int after = Math.max(phrase[1], syntax.token(clause[1]).end());
    while (after < sentence[1] && QuoteMarks.isSpace(text.charAt(after))) {
      after++;
    }
    int start;
    int end;
    if (after < sentence[1] && text.charAt(after) == ',') {
      start = after + 1; // an incise: the content goes on after it
      while (start < sentence[1] && QuoteMarks.isSpace(text.charAt(start))) {
        start++;
      }
      end = trimmedEnd(start, sentence[1]);
    } else {
      start = sentence[0];
      while (start < comma && QuoteMarks.isSpace(text.charAt(start))) {
        start++;
      }
      end = trimmedEnd(start, comma - 1);
    }
    if (end <= start || Words.of(text, start, end).size() < 3 || allMarked(start, end, marked)
        || MarkedSpan.inside(syntax.token(verb).start(), marked)) {
      return null;
    }
    Optional<Who> who = speakers.ofSubject(syntax, subject, earlier);
    return who.isEmpty() ? null : new Found(start, end, false, cueText(verb), who.get());
  }

  /**
   * "CONTENT comme le précise X": the words from the clause start (the last comma, or the sentence start) to
   * "comme", with the inverted subject as speaker.
   */
  private @Nullable Found asReported(int verb, int subject, List<MarkedSpan> marked, List<Found> earlier,
      int[] sentence) {
    Syntax syntax = discourse.syntax;
    String text = discourse.text;
    List<Word> before = Words.of(text, sentence[0], syntax.verbPhrase(verb)[0]);
    if (before.size() < 2 || !before.get(before.size() - 2).key().equals("comme")) {
      return null;
    }
    int comme = before.get(before.size() - 2).start();
    int start = Math.max(sentence[0], text.lastIndexOf(',', comme) + 1);
    while (start < comme && QuoteMarks.isSpace(text.charAt(start))) {
      start++;
    }
    int end = trimmedEnd(start, comme);
    if (end <= start || Words.of(text, start, end).size() < 3 || allMarked(start, end, marked)) {
      return null;
    }
    Optional<Who> who = speakers.ofSubject(syntax, subject, earlier);
    return who.isEmpty() ? null : new Found(start, end, false, cueText(verb), who.get());
  }

  /** "Selon X, ..." / "..., d'après X": the rest of the sentence, with X as speaker. */
  private @Nullable Found sourcePhrase(int token, List<MarkedSpan> marked, int[] sentence) {
    Syntax syntax = discourse.syntax;
    String key = Folding.key(syntax.token(token).text());
    boolean opening = discourse.text.substring(sentence[0], syntax.token(token).start()).isBlank();
    boolean according = key.equals("selon") || key.equals("according") || key.equals("d'apres") || key.equals("apres")
        && token > 0 && Folding.key(syntax.token(token - 1).text()).equals("d'")
        || key.equals("pour") && opening && "fr".equals(discourse.language);
    if (!according || MarkedSpan.inside(syntax.token(token).start(), marked)) {
      return null;
    }
    int source = key.equals("according") ? syntax.head(syntax.head(token)) : syntax.head(token);
    if (source < 0 || !syntax.relation(token).startsWith("case") && !key.equals("according")) {
      return null;
    }
    int[] phrase = syntax.subtree(source);
    int start;
    int end;
    int phraseStart = Math.min(syntax.token(phrase[0]).start(), syntax.token(token).start());
    if (token > 0 && key.equals("apres")) {
      phraseStart = Math.min(phraseStart, syntax.token(token - 1).start());
    }
    int phraseEnd = syntax.token(phrase[1]).end();
    String text = discourse.text;
    if (text.substring(sentence[0], phraseStart).isBlank()) {
      start = phraseEnd;
      while (start < sentence[1] && (QuoteMarks.isSpace(text.charAt(start)) || text.charAt(start) == ',')) {
        start++;
      }
      end = trimmedEnd(start, sentence[1]);
    } else {
      int after = phraseEnd;
      while (after < sentence[1] && (QuoteMarks.isSpace(text.charAt(after)) || text.charAt(after) == ',')) {
        after++;
      }
      boolean laterHalf = Words.of(text, after, sentence[1]).size() > Words.of(text, sentence[0], phraseStart).size();
      start = laterHalf ? after : sentence[0]; // "En 2009, selon X, le réseau ...": the clause is what follows
      end = trimmedEnd(start, laterHalf ? sentence[1] : phraseStart);
    }
    if (end <= start || allMarked(start, end, marked) || Words.of(text, start, end).size() < 3) {
      return null;
    }
    Optional<Who> who = speakers.ofSubject(syntax, source, List.of());
    if (key.equals("pour") && (who.isEmpty() || who.get().isPhrase())) {
      return null; // "pour l'instant, ...": only an entity, or a description of one, holds an opinion here
    }
    return who.isEmpty() ? null : new Found(start, end, false, key, who.get());
  }

  private int trimmedEnd(int start, int end) {
    String text = discourse.text;
    int trimmed = end;
    while (trimmed > start && (QuoteMarks.isSpace(text.charAt(trimmed - 1))
        || ".,;:!?".indexOf(text.charAt(trimmed - 1)) >= 0)) {
      trimmed--;
    }
    return trimmed;
  }

  /** Whether {@code [start, end)}, punctuation and marks around it aside, lies inside one pair of quotation marks. */
  private boolean allMarked(int from, int to, List<MarkedSpan> marked) {
    String text = discourse.text;
    int start = from;
    int end = to;
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    for (MarkedSpan span : marked) {
      if (span.open() <= start && end <= span.close() + 1) {
        return true;
      }
      if (span.start() >= start && span.start() - start <= 2 && span.end() >= end - 2) {
        return true; // the clause is the quote and nothing more: « ... »
      }
    }
    return false;
  }

  private static boolean overlaps(Found a, Found b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** Overlapping without one holding the other (a clause reported inside another's content is its own quote). */
  private static boolean crosses(Found a, Found b) {
    boolean nested = a.start() <= b.start() && b.end() <= a.end() || b.start() <= a.start() && a.end() <= b.end();
    return overlaps(a, b) && (!nested || a.start() == b.start() && a.end() == b.end());
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
    int from = cue.end();
    if (words.size() > 1 && STRESSED_PRONOUNS.contains(words.get(0).key())
        && text.substring(cue.end(), words.get(0).start()).strip().equals(",")
        && text.substring(words.get(0).end(), words.get(1).start()).strip().equals(",")) {
      from = words.get(1).start(); // "L'Iran martèle, lui, ne vouloir ...": the apposed pronoun is no gap
      words = words.subList(1, words.size());
    }
    for (int i = 0; i < Math.min(words.size(), MAX_WORDS_TO_THAT + 1); i++) {
      if (!plainGap(text, i == 0 ? from : words.get(i - 1).end(), words.get(i).start())) {
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
          && Lexicon.titleAt(words, i) == 0 && isSpeechVerbForm(cue)) {
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

  /** Whether the cue's verb is one of saying in any of its forms ("martèle", "a indiqué"). */
  private static boolean isSpeechVerbForm(Cue cue) {
    for (String lemma : org.vigie.nlp.lexicon.FrenchLemmas.of(lastWordKey(cue), org.vigie.nlp.lexicon.FrenchLemmas.WordClass.VERB)) {
      if (Lexicon.isSpeechVerb("fr", lemma)) {
        return true;
      }
    }
    return false;
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
