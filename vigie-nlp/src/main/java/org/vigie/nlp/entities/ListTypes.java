package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.model.EntityType;
import org.vigie.model.NamedMention;
import org.vigie.text.Folding;
import org.vigie.nlp.lexicon.Lexicon;

/**
 * Names listed together are of one kind: in a list of three names or more joined by commas, "et" or "ou" ("des
 * œuvres de Bonnard, Corot, Millet et Sisley"; "du MNLA, du Mujao, et d'Al-Qaïda"), a name whose type differs
 * from the type most of the others share takes it, when that type is a person or an organisation. Lists of places
 * are left alone: they mix countries and their unions freely ("la France, l'Allemagne et l'UE"), and a known
 * country or capital stays a place in any list.
 */
final class ListTypes {
  /** What may stand between two listed names: a comma and/or a conjunction, then a preposition or an article. */
  private static final Pattern JOINT = Pattern.compile(
      "\\s*(?:,\\s*(?:(?:et|ou)\\s+)?|\\s(?:et|ou)\\s+)"
          + "(?:(?:du|des|de\\s+la|de\\s+l['’]|de|d['’]|le|la|les|l['’]|au|aux|à)(?:\\s+|(?<=['’])))?");
  private static final int MIN_ITEMS = 3;

  private ListTypes() {}

  /** The mentions, in the same order, with the listed ones typed like most of their list. */
  static List<NamedMention> apply(String text, List<NamedMention> mentions) {
    List<NamedMention> typed = new ArrayList<>(mentions);
    int first = 0;
    for (int i = 1; i <= typed.size(); i++) {
      if (i < typed.size() && joined(text, typed.get(i - 1), typed.get(i))) {
        continue;
      }
      if (i - first >= MIN_ITEMS) {
        retype(typed, first, i);
      }
      first = i;
    }
    return typed;
  }

  private static boolean joined(String text, NamedMention left, NamedMention right) {
    int from = left.mention().end();
    int to = right.mention().start();
    return from <= to && JOINT.matcher(text.substring(from, to)).matches();
  }

  private static void retype(List<NamedMention> typed, int from, int to) {
    Map<EntityType, Integer> counts = new EnumMap<>(EntityType.class);
    for (int i = from; i < to; i++) {
      counts.merge(typed.get(i).type(), 1, Integer::sum);
    }
    for (EntityType type : List.of(EntityType.PERSON, EntityType.ORGANIZATION)) {
      int count = counts.getOrDefault(type, 0);
      if (count >= 2 && 2 * count > to - from) {
        for (int i = from; i < to; i++) {
          NamedMention named = typed.get(i);
          if (named.type() != type && !isKnownPlace(Folding.key(named.mention().text()))) {
            typed.set(i, new NamedMention(named.mention(), type));
          }
        }
      }
    }
  }

  /** Whether a folded name is a country or a capital the lexicon knows. */
  static boolean isKnownPlace(String key) {
    return Lexicon.countryOfCapital(key).isPresent() || Lexicon.CAPITALS.containsValue(key);
  }
}
