package org.vigie.nlp.quotes;

import java.util.List;
import java.util.Optional;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.PersonNouns;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * A speaker named by a description that refers back to an entity of the article, resolved to it:
 *
 * <ul>
 *   <li>a noun naming a kind of organisation ("l'ONG", "la formation lyonnaise", "the company") refers to the
 *       latest organisation mentioned before it within {@value #REACH} sentences, else to the one named most often
 *       before it; a narrower kind ("le ministère", "le parti") only to one whose name holds the noun ("ministère
 *       de l'Intérieur");
 *   <li>a title ("le ministre", "l'attaquant") refers to the latest person mentioned before it whose roles hold the
 *       title's head word;
 *   <li>in French, another noun naming a person ({@link PersonNouns}: "l'expert", "le chercheur") after a definite
 *       singular determiner refers to the latest person mentioned before it (the guidelines resolve descriptions to
 *       the entity); "un témoin", "les experts" name nobody in particular.
 * </ul>
 *
 * Anything else stays a description ("les médecins", "un témoin").
 */
final class Descriptions {
  static final int REACH = 6;
  private static final java.util.regex.Pattern DEFINITE_SINGULAR =
      java.util.regex.Pattern.compile("(?:^|[^\\p{L}])(?:[lL][ea]\\s+|[lL]['’])$");

  private final Discourse discourse;

  Descriptions(Discourse discourse) {
    this.discourse = discourse;
  }

  /** The entity a noun phrase headed by {@code head}, at {@code start}, refers back to. */
  Optional<Entity> resolve(String head, int start) {
    String noun = Folding.key(head);
    Boolean anyOrganisation = Lexicon.ORGANISATION_NOUNS.get(noun);
    if (anyOrganisation != null) {
      return latest(start, EntityType.ORGANIZATION, entity -> anyOrganisation || holds(entity.name(), noun));
    }
    if (Lexicon.TITLES.contains(noun)) {
      return latest(start, EntityType.PERSON,
          entity -> entity.roles().stream().anyMatch(role -> holds(role, noun)));
    }
    if ("fr".equals(discourse.language) && definiteSingular(start) && PersonNouns.isPersonNoun(head)) {
      return latest(start, EntityType.PERSON, entity -> true);
    }
    return Optional.empty();
  }

  /** Whether "le", "la" or "l'" comes right before the word at {@code start}. */
  private boolean definiteSingular(int start) {
    return DEFINITE_SINGULAR.matcher(discourse.text.substring(Math.max(0, start - 4), start)).find();
  }

  private Optional<Entity> latest(int before, EntityType type, java.util.function.Predicate<Entity> fits) {
    int sentence = discourse.sentenceIndex(before);
    int from = discourse.sentences.get(Math.max(0, sentence - REACH))[0];
    List<Discourse.Placed> mentions = discourse.mentionsIn(from, before);
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Entity entity = mentions.get(i).entity();
      if (entity.type() == type && fits.test(entity)) {
        return Optional.of(entity);
      }
    }
    // none nearby: the one the article has named most often so far, its main actor of that kind
    java.util.Map<Entity, Integer> counts = new java.util.HashMap<>();
    Entity best = null;
    for (Discourse.Placed mention : discourse.mentionsIn(0, before)) {
      Entity entity = mention.entity();
      if (entity.type() == type && fits.test(entity)) {
        int count = counts.merge(entity, 1, Integer::sum);
        if (best == null || count > counts.get(best)) {
          best = entity;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean holds(String phrase, String noun) {
    for (Word word : Words.of(phrase)) {
      if (word.key().equals(noun) || Folding.key(word.text()).startsWith(noun + "-")) {
        return true;
      }
    }
    return false;
  }
}
