package org.vigie.nlp.eval;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.model.Sentence;

/**
 * Why a gold quote did not get its speaker, in classes fixed from the guidelines' speaker rules before looking at
 * any error: the quote was not found; a speaker was given where the gold has none; none was given; a pronoun was
 * left as the speaker; a description was given for a named speaker or a name for a described one; the speaker's
 * entity was found only under a type the gold does not accept, or never found by the entity layer; the right entity
 * under a name the scoring does not accept; another entity (the ranker's choice) or none, split by whether the gold
 * speaker is named in the quote's own sentences.
 */
public enum SpeakerError {
  QUOTE_NOT_FOUND("quote not found"),
  UNATTRIBUTED_GIVEN_SPEAKER("speaker for an unattributed quote"),
  NO_SPEAKER_NAMED_IN_SENTENCE("no speaker, gold in sentence"),
  NO_SPEAKER_NAMED_ELSEWHERE("no speaker, gold elsewhere"),
  PRONOUN("pronoun left"),
  DESCRIPTION_FOR_NAME("description for a name"),
  NAME_FOR_DESCRIPTION("name for a description"),
  OTHER_DESCRIPTION("other description"),
  ENTITY_TYPED_OTHERWISE("speaker entity of another type"),
  ENTITY_NOT_FOUND("speaker entity not found"),
  WRONG_FORM("right entity, wrong form"),
  OTHER_ENTITY_NAMED_IN_SENTENCE("other entity, gold in sentence"),
  OTHER_ENTITY_NAMED_ELSEWHERE("other entity, gold elsewhere");

  /** Subject pronouns of French and English, which the guidelines always resolve. */
  private static final Set<String> PRONOUNS = Set.of("il", "elle", "ils", "elles", "on", "je", "nous", "vous",
      "celui-ci", "celle-ci", "he", "she", "they", "i", "we", "it");

  private final String label;

  SpeakerError(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The class of a matched gold quote whose predicted speaker the scoring refused.
   *
   * @param named the gold entities whose name or alias is the gold speaker, none when the gold speaker is a
   *              description (or null)
   */
  static SpeakerError of(GoldQuote gold, Quote predicted, List<GoldEntity> named, AnalyzedArticle article) {
    var speaker = predicted.speaker();
    if (gold.speaker() == null) {
      return UNATTRIBUTED_GIVEN_SPEAKER;
    }
    if (speaker != null && PRONOUNS.contains(ScoringText.fold(speaker.name()))) {
      return PRONOUN;
    }
    int[] sentences = sentencesOf(predicted, article.sentences());
    if (named.isEmpty()) {
      if (speaker == null) {
        String sentence = ScoringText.fold(article.text().substring(sentences[0], sentences[1]));
        return sentence.contains(ScoringText.fold(gold.speaker())) ? NO_SPEAKER_NAMED_IN_SENTENCE
            : NO_SPEAKER_NAMED_ELSEWHERE;
      }
      return speaker.entity() != null ? NAME_FOR_DESCRIPTION : OTHER_DESCRIPTION;
    }
    List<Entity> found = article.entities().stream()
        .filter(e -> named.stream().anyMatch(g -> WhoScorer.matches(g, e))).toList();
    if (found.isEmpty()) {
      boolean typed = article.entities().stream()
          .anyMatch(e -> named.stream().anyMatch(g -> WhoScorer.sameName(g, e)));
      return typed ? ENTITY_TYPED_OTHERWISE : ENTITY_NOT_FOUND;
    }
    boolean inSentence = found.stream().flatMap(e -> e.mentions().stream())
        .anyMatch(m -> within(m, sentences));
    if (speaker == null) {
      return inSentence ? NO_SPEAKER_NAMED_IN_SENTENCE : NO_SPEAKER_NAMED_ELSEWHERE;
    }
    @Nullable String entity = speaker.entity();
    if (entity == null) {
      return DESCRIPTION_FOR_NAME;
    }
    if (found.stream().anyMatch(e -> e.id().equals(entity))) {
      return WRONG_FORM;
    }
    return inSentence ? OTHER_ENTITY_NAMED_IN_SENTENCE : OTHER_ENTITY_NAMED_ELSEWHERE;
  }

  /** {start, end} of the sentences the quote overlaps, or the quote's own span when no sentence is known. */
  private static int[] sentencesOf(Quote quote, List<Sentence> sentences) {
    int start = quote.start();
    int end = quote.end();
    for (Sentence sentence : sentences) {
      if (sentence.start() < quote.end() && quote.start() < sentence.end()) {
        start = Math.min(start, sentence.start());
        end = Math.max(end, sentence.end());
      }
    }
    return new int[] {start, end};
  }

  private static boolean within(Mention mention, int[] span) {
    return mention.start() >= span[0] && mention.end() <= span[1];
  }
}
