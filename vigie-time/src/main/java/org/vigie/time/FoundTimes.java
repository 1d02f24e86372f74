package org.vigie.time;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeMention;

/**
 * The temporal expressions found in one text by {@link TimeTagger#find}, with what their resolution needs that does
 * not depend on the publication date (each one's sentence and tense). Finding is most of the work; resolving against
 * a date is cheap, so one text can be read against several candidate publication dates. Immutable and thread-safe.
 */
public final class FoundTimes {
  /** Nothing found: an empty text, or a language the tagger does not know. */
  static final FoundTimes NONE = new FoundTimes("", List.of(), new int[0], new Tense[0], Language.FRENCH);

  private final String text;
  private final List<Candidate> chosen;
  private final int[] sentenceOf;
  private final Tense[] tenses;
  private final Language language;

  FoundTimes(String text, List<Candidate> chosen, int[] sentenceOf, Tense[] tenses, Language language) {
    this.text = text;
    this.chosen = List.copyOf(chosen);
    this.sentenceOf = sentenceOf.clone();
    this.tenses = tenses.clone();
    this.language = language;
  }

  /**
   * The mentions, resolved against {@code dct} exactly as {@link TimeTagger#tag} resolves them.
   *
   * @param dct the publication date, or null when unknown
   */
  public List<TimeMention> resolve(@Nullable LocalDate dct) {
    return chosen.isEmpty() ? List.of() : TimeTagger.resolve(text, chosen, sentenceOf, tenses, language, dct);
  }
}
