package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;

/**
 * Splits French quoted words around an incise written inside the marks ("« A, dit-il, B »", "« A, a lancé X,
 * déléguée du syndicat. B »"): the guidelines make each continuous piece a quote, and the incise is attribution, not
 * quoted words. An incise opens after a comma with a verb of saying ({@link Cues}); it ends at the comma after an
 * inverted pronoun, or at the comma or sentence end after its subject, an apposition headed by a title or a noun
 * naming a person ({@link Lexicon#roleNounAt}) running on to the next one.
 */
final class Incises {
  private static final int MAX_SUBJECT_WORDS = 8;
  private static final int MAX_APPOSITION_WORDS = 12;
  private static final String ENDS = ".!?";

  private Incises() {}

  static List<MarkedSpan> split(Discourse discourse, List<MarkedSpan> spans) {
    if (!"fr".equals(discourse.language)) {
      return spans;
    }
    List<MarkedSpan> pieces = new ArrayList<>();
    for (MarkedSpan span : spans) {
      MarkedSpan rest = span;
      for (int[] incise = find(discourse, rest); incise != null; incise = find(discourse, rest)) {
        pieces.add(QuoteMarks.between(discourse.text, rest.open(), incise[0], false));
        rest = QuoteMarks.between(discourse.text, incise[1], rest.close(), rest.openEnded());
      }
      pieces.add(rest);
    }
    return pieces;
  }

  /** The first incise inside {@code span}: {comma opening it, punctuation ending it}, or null. */
  private static int[] find(Discourse discourse, MarkedSpan span) {
    String text = discourse.text;
    for (int comma = text.indexOf(',', span.start()); comma >= 0 && comma < span.end();
        comma = text.indexOf(',', comma + 1)) {
      int at = comma + 1;
      while (at < span.end() && QuoteMarks.isSpace(text.charAt(at))) {
        at++;
      }
      Optional<Cue> cue = discourse.cues.at(text, at, span.end());
      if (cue.isEmpty() || cue.get().participle() || Words.of(text, span.start(), comma).isEmpty()) {
        continue;
      }
      int end = end(text, cue.get(), span.end());
      if (end >= 0 && !Words.of(text, end + 1, span.end()).isEmpty()) {
        return new int[] {comma, end};
      }
    }
    return null;
  }

  /** The punctuation ending the incise that {@code cue} opens, or -1 when none ends it soon enough. */
  private static int end(String text, Cue cue, int limit) {
    int stop = next(text, cue.end(), limit);
    if (stop < 0) {
      return -1;
    }
    int subjectWords = Words.of(text, cue.end(), stop).size();
    if (cue.pronoun() != null ? subjectWords > 0 : subjectWords == 0 || subjectWords > MAX_SUBJECT_WORDS) {
      return -1;
    }
    if (cue.pronoun() == null) {
      Word first = Words.of(text, cue.end(), stop).get(0);
      if (!first.isCapitalised() && !Lexicon.isFrenchDeterminer(first.key())) {
        return -1; // "« Il est venu, a dit bonjour, ... »": no subject, so no incise
      }
    }
    if (text.charAt(stop) == ',' && cue.pronoun() == null) {
      int after = next(text, stop + 1, limit);
      List<Word> apposition = Words.of(text, stop + 1, after < 0 ? limit : after);
      boolean role = !apposition.isEmpty() && (Lexicon.roleNounAt(apposition, 0) > 0
          || apposition.size() > 1 && Lexicon.isFrenchDeterminer(apposition.get(0).key())
          && Lexicon.roleNounAt(apposition, 1) > 0);
      if (role && after >= 0 && apposition.size() <= MAX_APPOSITION_WORDS) {
        return after;
      }
    }
    return stop;
  }

  private static int next(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ',' || ENDS.indexOf(c) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
