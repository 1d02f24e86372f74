package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigie.model.EntityType;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * Attributes the words between quotation marks, trying in turn:
 *
 * <ol>
 *   <li>a cue after the quote, right after it or after the first comma that follows ("», a déclaré X", "" des
 *       Etats-Unis, a mis en avant M. Araghchi", "", he said", "", Smith said");
 *   <li>an incise before it in the sentence ("L'Iran, a-t-il averti, a un accès "facile"");
 *   <li>the last cue before it in the sentence, and that cue's subject ("la Chine a indiqué soutenir ... ses
 *       "intérêts""); a present participle ("soulignant") takes the speaker of the sentence's previous quote;
 *   <li>"selon X" or "according to X" in the sentence; "selon elle", "d'après lui": whom the pronoun stands for;
 *   <li>a colon before it: the first person of the sentence, before the colon ("X est catégorique: ... "...");
 *   <li>a quote opening its paragraph with no cue continues the previous quote, and so has its speaker.
 * </ol>
 *
 * Marks without a speaker around fewer than {@value #MIN_UNATTRIBUTED_WORDS} words (names, titles, brands, an ironic
 * word) are not quotes, nor are up to {@value #MAX_NAME_WORDS} capitalised words or numbers (a name, a title, a brand)
 * unless a cue follows them.
 */
final class DirectQuotes {
  static final int MIN_UNATTRIBUTED_WORDS = 4;
  private static final int MAX_SUBJECT_WORDS = 8;
  private static final int MAX_NAME_WORDS = 4;
  private static final int MAX_APPOSITION_WORDS = 25;
  private static final Pattern ACCORDING_TO =
      Pattern.compile("(?<![\\p{L}])(?:selon|d'après|d’après|according to)\\s+", Pattern.CASE_INSENSITIVE);

  private final Discourse discourse;
  private final Speakers speakers;

  DirectQuotes(Discourse discourse, Speakers speakers) {
    this.discourse = discourse;
    this.speakers = speakers;
  }

  List<Found> attribute(List<MarkedSpan> spans) {
    List<Found> found = new ArrayList<>();
    MarkedSpan previousSpan = null;
    for (MarkedSpan span : spans) {
      Found quote = attribute(span, spans, found, previousSpan);
      if (quote != null) {
        found.add(quote);
        previousSpan = span;
      }
    }
    return found;
  }

  private @Nullable Found attribute(MarkedSpan span, List<MarkedSpan> spans, List<Found> earlier,
      @Nullable MarkedSpan previousSpan) {
    String text = discourse.text;
    int[] closingSentence = discourse.sentenceAt(Math.max(span.open(), span.close() - 1));
    int[] openingSentence = discourse.sentenceAt(span.open());
    int postLimit = Math.min(postSentenceEnd(span, closingSentence), nextOpen(spans, span));
    int preFrom = Math.max(openingSentence[0], previousClose(spans, span));

    Found attributed = afterQuote(span, postLimit, earlier);
    boolean cueAfter = attributed != null;
    if (attributed == null) {
      attributed = governed(span, spans, earlier);
      cueAfter = attributed != null;
    }
    if (attributed == null) {
      attributed = incise(span, preFrom, earlier);
    }
    if (attributed == null) {
      attributed = cueBefore(span, spans, openingSentence[0], earlier);
    }
    if (attributed == null) {
      attributed = accordingTo(span, openingSentence[0], closingSentence[1], earlier);
    }
    if (attributed == null) {
      attributed = colon(span, openingSentence[0]);
    }
    if (attributed == null) {
      attributed = dashAfter(span, postLimit);
    }
    if (attributed == null) {
      attributed = continuation(span, earlier, previousSpan);
    }
    if (attributed == null) {
      attributed = followUp(span, earlier, previousSpan);
    }
    List<Word> words = Words.of(text, span.start(), span.end());
    if (!cueAfter && words.size() <= MAX_NAME_WORDS && words.stream().allMatch(
        word -> word.isCapitalised() || Character.isDigit(word.text().charAt(0)))) {
      return null; // a name, a title or a brand between marks: « Scuderia », "Horizon 2030"
    }
    if (attributed == null) {
      boolean headline = span.start() < discourse.titleEnd;
      return headline || words.size() >= MIN_UNATTRIBUTED_WORDS ? new Found(span.start(), span.end(), true, null, null)
          : null;
    }
    return attributed;
  }

  private @Nullable Found afterQuote(MarkedSpan span, int limit, List<Found> earlier) {
    String text = discourse.text;
    int from = Math.min(span.close() + 1, limit);
    for (int at : candidatesAfter(text, from, limit)) {
      Optional<Cue> cue = discourse.cues.at(text, at, limit);
      if (cue.isPresent()) {
        int sentenceStart = discourse.sentenceAt(span.open())[0];
        Optional<Who> who = cue.get().participle()
            ? previousInSentence(earlier, sentenceStart) // ", adding ...": a participle has no subject of its own
            : speakers.after(cue.get(), limit, earlier);
        return who.map(speaker -> new Found(span.start(), span.end(), true, cue.get().text(), speaker)).orElse(null);
      }
      Found subjectThenCue = subjectThenCue(span, at, limit, earlier);
      if (subjectThenCue != null) {
        return subjectThenCue;
      }
    }
    return null;
  }

  /**
   * The parse's answer: the verb of saying that governs the quoted words ("X a qualifié ces propos d'« ... »"), or
   * that hangs from them as an incise ("« ... », a-t-il déclaré"), and that verb's subject.
   */
  private @Nullable Found governed(MarkedSpan span, List<MarkedSpan> spans, List<Found> earlier) {
    Syntax syntax = discourse.syntax;
    List<Integer> inside = syntax.tokensIn(span.start(), span.end());
    for (int token : inside) {
      int head = syntax.head(token);
      boolean headInside = head >= 0 && syntax.token(head).start() >= span.start()
          && syntax.token(head).start() < span.end();
      if (headInside) {
        continue;
      }
      int verb = syntax.governingSpeechVerb(token);
      if (verb < 0) {
        for (int child : syntax.children(token)) {
          if (!inside.contains(child) && syntax.isSpeechVerb(child)) {
            verb = child; // the incise hangs from the quote's verb
            break;
          }
        }
      }
      if (verb < 0 || MarkedSpan.inside(syntax.token(verb).start(), spans)) {
        continue;
      }
      int subject = syntax.subject(verb);
      if (subject < 0 || MarkedSpan.inside(syntax.token(subject).start(), spans)) {
        continue;
      }
      Optional<Who> who = speakers.ofSubject(syntax, subject, earlier);
      if (who.isPresent()) {
        return new Found(span.start(), span.end(), true, syntax.token(verb).text(), who.get());
      }
    }
    return null;
  }


  /** Where a cue may start after a quote: right after it, and after the first comma that follows. */
  private static List<Integer> candidatesAfter(String text, int from, int limit) {
    List<Integer> candidates = new ArrayList<>();
    int at = skip(text, from, limit);
    candidates.add(at);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ',') {
        candidates.add(skip(text, i + 1, limit));
        break;
      }
      if (".;:!?".indexOf(c) >= 0) {
        break;
      }
    }
    return candidates;
  }

  /**
   * Where the words after a quote end: the end of the sentence the quote closes, or of the next one when the
   * sentence splitter ended a sentence at the closing mark ("?” Graham asked.").
   */
  private int postSentenceEnd(MarkedSpan span, int[] closingSentence) {
    String text = discourse.text;
    int after = span.close() + 1;
    while (after < text.length() && QuoteMarks.isSpace(text.charAt(after)) && text.charAt(after) != '\n') {
      after++;
    }
    if (after >= closingSentence[1] && after < text.length() && text.charAt(after) != '\n') {
      return discourse.sentenceAt(after)[1];
    }
    return closingSentence[1];
  }

  /** "” ― Krystal Correa": a dash and a name right after the closing mark. */
  private @Nullable Found dashAfter(MarkedSpan span, int limit) {
    String text = discourse.text;
    int at = span.close() + 1;
    while (at < limit && QuoteMarks.isSpace(text.charAt(at))) {
      at++;
    }
    if (at >= limit || "―—–-".indexOf(text.charAt(at)) < 0) {
      return null;
    }
    at++;
    while (at < limit && QuoteMarks.isSpace(text.charAt(at))) {
      at++;
    }
    Discourse.Placed mention = discourse.mentionAt(at);
    return mention == null || mention.start() != at ? null : new Found(span.start(), span.end(), true, null,
        speakers.entity(mention.entity(), mention.start(), mention.end()));
  }

  /**
   * A quote without a cue that follows, in the same paragraph, an attributed quote, with no other person named in
   * between, is the same speaker's ("…,” said Caddell. “Yesterday, there were two polls.”). In English, persons
   * named in the sentence that attributes the previous quote do not count: they describe its speaker ("…," said
   * Don Fowler, who helmed the DNC during Bill Clinton's presidency. "I think ...").
   */
  private @Nullable Found followUp(MarkedSpan span, List<Found> earlier, @Nullable MarkedSpan previousSpan) {
    if (earlier.isEmpty()) {
      return null;
    }
    Found previous = earlier.get(earlier.size() - 1);
    if (previous.who() == null || !previous.direct()
        || discourse.paragraphIndex(previous.start()) != discourse.paragraphIndex(span.open())) {
      return null;
    }
    int attributionEnd = previousSpan == null || !"en".equals(discourse.language) ? previous.end()
        : postSentenceEnd(previousSpan, discourse.sentenceAt(Math.max(previousSpan.open(), previousSpan.close() - 1)));
    for (Discourse.Placed between : discourse.mentionsIn(previous.end(), span.open())) {
      if (between.entity().type() == EntityType.PERSON && between.start() >= attributionEnd
          && !between.entity().id().equals(previous.who().entityId())) {
        return null;
      }
    }
    return new Found(span.start(), span.end(), true, null, previous.who());
  }

  /** English order after a quote: "", Smith said", "", he said". */
  private @Nullable Found subjectThenCue(MarkedSpan span, int at, int limit, List<Found> earlier) {
    String text = discourse.text;
    Discourse.Placed named = discourse.mentionAt(at);
    boolean startsWithName = named != null && named.start() == at;
    for (Cue cue : discourse.cues.findAll(text, at, limit)) {
      String between = text.substring(at, cue.start());
      int words = Words.of(between).size();
      boolean plain = words <= MAX_SUBJECT_WORDS && between.chars().noneMatch(c -> ",;:!?«»“”\"".indexOf(c) >= 0);
      boolean apposition = startsWithName && words <= MAX_APPOSITION_WORDS
          && between.chars().noneMatch(c -> ";:!?«»“”\"".indexOf(c) >= 0);
      if (words == 0 || !plain && !apposition) {
        return null;
      }
      if (startsWithName) {
        Discourse.Placed speaker = plain ? speakers.personHeading(named, cue.start()) : named;
        return new Found(span.start(), span.end(), true, cue.text(),
            speakers.entity(speaker.entity(), speaker.start(), speaker.end()));
      }
      return speakers.before(cue, at, earlier)
          .map(who -> new Found(span.start(), span.end(), true, cue.text(), who)).orElse(null);
    }
    return null;
  }

  /** ", a-t-il averti," or ", a déclaré X," between the sentence start and the quote. */
  private @Nullable Found incise(MarkedSpan span, int from, List<Found> earlier) {
    String text = discourse.text;
    List<Cue> cues = discourse.cues.findAll(text, from, span.open());
    if (!cues.isEmpty()) {
      Cue cue = cues.get(cues.size() - 1); // an earlier cue governs something else
      int before = cue.start() - 1;
      while (before >= from && QuoteMarks.isSpace(text.charAt(before))) {
        before--;
      }
      if (before < from || text.charAt(before) != ',') {
        return null;
      }
      int comma = text.indexOf(',', cue.end());
      if (comma < 0 || comma >= span.open()) {
        return null;
      }
      Optional<Who> who = speakers.after(cue, comma, earlier);
      if (who.isPresent() && !who.get().isPhrase()) {
        return new Found(span.start(), span.end(), true, cue.text(), who.get());
      }
    }
    return null;
  }

  private @Nullable Found cueBefore(MarkedSpan span, List<MarkedSpan> spans, int sentenceStart,
      List<Found> earlier) {
    List<Cue> cues = discourse.cues.findAll(discourse.text, Math.min(sentenceStart, span.open()), span.open())
        .stream().filter(cue -> spans.stream().noneMatch(other -> other.open() < cue.start()
            && cue.start() < other.close())).toList();
    if (cues.isEmpty()) {
      return null;
    }
    Cue cue = cues.get(cues.size() - 1);
    Optional<Who> who;
    if (cue.participle()) {
      who = previousInSentence(earlier, sentenceStart);
      if (who.isEmpty()) {
        who = speakers.before(cue, sentenceStart, earlier).filter(speaker -> !speaker.isPhrase());
      }
    } else {
      who = speakers.before(cue, sentenceStart, earlier);
      if (who.isEmpty()) {
        who = previousInSentence(earlier, sentenceStart);
      }
    }
    return who.map(speaker -> new Found(span.start(), span.end(), true, cue.text(), speaker)).orElse(null);
  }

  private @Nullable Found accordingTo(MarkedSpan span, int from, int to, List<Found> earlier) {
    Matcher matcher = ACCORDING_TO.matcher(discourse.text).region(from, to);
    while (matcher.find()) {
      if (matcher.start() >= span.start() && matcher.start() < span.end()) {
        continue;
      }
      List<Word> next = Words.of(discourse.text, matcher.end(), to);
      String pronoun = next.isEmpty() || !"fr".equals(discourse.language) ? null
          : Speakers.subjectOfStressed(next.get(0).key());
      if (pronoun != null) { // "selon elle", "d'après lui": whom the pronoun stands for
        Optional<Who> who = speakers.resolve(pronoun, matcher.start(), earlier);
        if (who.isPresent()) {
          return new Found(span.start(), span.end(), true, Folding.spaces(matcher.group()), who.get());
        }
        continue;
      }
      List<Discourse.Placed> after = discourse.mentionsIn(matcher.end(), to);
      if (!after.isEmpty() && Words.of(discourse.text, matcher.end(), after.get(0).start()).size() <= 3) {
        Discourse.Placed mention = after.get(0);
        return new Found(span.start(), span.end(), true, Folding.spaces(matcher.group()),
            speakers.entity(mention.entity(), mention.start(), mention.end()));
      }
    }
    return null;
  }

  private @Nullable Found colon(MarkedSpan span, int sentenceStart) {
    String text = discourse.text;
    int colon = text.lastIndexOf(':', span.open());
    if (colon < sentenceStart) {
      return null;
    }
    List<Discourse.Placed> before = discourse.mentionsIn(sentenceStart, colon);
    Discourse.Placed chosen = before.stream()
        .filter(mention -> mention.entity().type() == EntityType.PERSON)
        .findFirst().orElse(before.isEmpty() ? null : before.get(0));
    return chosen == null ? null : new Found(span.start(), span.end(), true, ":",
        speakers.entity(chosen.entity(), chosen.start(), chosen.end()));
  }

  /**
   * A quote that opens its paragraph, with no cue of its own, continues the previous quote when that one ended the
   * previous paragraph or ran on past its end.
   */
  private @Nullable Found continuation(MarkedSpan span, List<Found> earlier, @Nullable MarkedSpan previousSpan) {
    if (earlier.isEmpty() || previousSpan == null) {
      return null;
    }
    int[] paragraph = discourse.paragraphAt(span.open());
    if (paragraph[0] != span.open()) {
      return null;
    }
    int index = discourse.paragraphIndex(span.open());
    int previousIndex = discourse.paragraphIndex(previousSpan.open());
    Found previous = earlier.get(earlier.size() - 1);
    if (previous.who() == null || index - previousIndex != 1 && !(previousSpan.openEnded()
        && discourse.paragraphIndex(previousSpan.close() - 1) == index - 1)) {
      return null;
    }
    return new Found(span.start(), span.end(), true, null, previous.who());
  }

  private static Optional<Who> previousInSentence(List<Found> earlier, int sentenceStart) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Found found = earlier.get(i);
      if (found.end() > sentenceStart && found.who() != null) {
        return Optional.of(found.who());
      }
      if (found.end() <= sentenceStart) {
        break;
      }
    }
    return Optional.empty();
  }

  private static int nextOpen(List<MarkedSpan> spans, MarkedSpan span) {
    for (MarkedSpan other : spans) {
      if (other.open() > span.open()) {
        return other.open();
      }
    }
    return Integer.MAX_VALUE;
  }

  private static int previousClose(List<MarkedSpan> spans, MarkedSpan span) {
    int close = 0;
    for (MarkedSpan other : spans) {
      if (other.open() < span.open()) {
        close = Math.min(other.close() + 1, span.open());
      }
    }
    return close;
  }

  private static int skip(String text, int from, int limit) {
    int at = from;
    while (at < limit && (QuoteMarks.isSpace(text.charAt(at)) || text.charAt(at) == ','
        || text.charAt(at) == '–' || text.charAt(at) == '—')) {
      at++;
    }
    return at;
  }
}
