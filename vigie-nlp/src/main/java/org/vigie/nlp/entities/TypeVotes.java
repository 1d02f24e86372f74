package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.model.EntityType;
import org.vigie.model.NamedMention;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.text.Folding;

/**
 * One name, one type within an article: the tagger types each mention of a name from its own context, so "ESO" may
 * be a place in one sentence and an organisation in the next, which makes two entities of one referent. Mentions
 * of the same name (folded as the grouping folds it) take one type. A name typed both organisation and place is an
 * organisation (a museum, an observatory, a firm named after a place is used as a place, rarely the other way
 * round), unless it is a known country or capital (a state acting); otherwise the type most mentions have wins, and
 * on a tie each keeps its own.
 */
final class TypeVotes {
  private TypeVotes() {}

  /** The mentions, in the same order, each name typed as most of its mentions are. */
  static List<NamedMention> apply(List<NamedMention> mentions, Acronyms acronyms) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (NamedMention named : mentions) {
      votes.computeIfAbsent(key(named, acronyms), k -> new EnumMap<>(EntityType.class))
          .merge(named.type(), 1, Integer::sum);
    }
    List<NamedMention> typed = new ArrayList<>(mentions.size());
    for (NamedMention named : mentions) {
      String key = key(named, acronyms);
      Map<EntityType, Integer> counts = votes.get(key);
      EntityType winner = counts.containsKey(EntityType.ORGANIZATION) && counts.containsKey(EntityType.LOCATION)
          ? (ListTypes.isKnownPlace(key) ? EntityType.LOCATION : EntityType.ORGANIZATION) : winner(counts);
      typed.add(winner == null || winner == named.type() ? named : new NamedMention(named.mention(), winner));
    }
    return typed;
  }

  /** The type more mentions have than any other, or null on a tie. */
  private static EntityType winner(Map<EntityType, Integer> counts) {
    EntityType best = null;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<EntityType, Integer> count : counts.entrySet()) {
      if (count.getValue() > most) {
        best = count.getKey();
        most = count.getValue();
        tie = false;
      } else if (count.getValue() == most) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static String key(NamedMention named, Acronyms acronyms) {
    // one key whatever the type: the article is dropped as for places ("la Chine"), so "Le Pen" is voted as "Pen"
    return acronyms.expand(Lexicon.canonical(Folding.key(Names.display(named.mention().text(),
        EntityType.ORGANIZATION))));
  }
}
