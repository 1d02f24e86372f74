package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.NamedMention;
import org.vigie.nlp.lexicon.FrenchLemmas;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * A name inside the complement that closes an institution's or a place's name is an entity of its own, as
 * GUIDELINES.md counts it: "Conseil de sécurité de l'ONU" also names the ONU, "Musée des beaux-arts de Montréal"
 * also Montréal. The words after the last "de", "du", "des" or "d'" (with its article) of an organisation or place
 * mention of three words or more become a mention of their own when they are all capitalised and are an acronym or
 * a proper noun the dictionary knows, and the article names them nowhere else. An acronym is an organisation unless
 * the alias list makes it a country; any other proper noun there is a place ("tribunal de Nîmes").
 */
final class NestedNames {
  private static final Set<String> LINKS = Set.of("de", "d'", "du", "des");
  private static final int MIN_WORDS = 3;

  private NestedNames() {}

  /** The mentions and, after each one that closes with a nested name named nowhere else, that name. */
  static List<NamedMention> apply(List<NamedMention> mentions) {
    Set<String> named = new HashSet<>();
    for (NamedMention mention : mentions) {
      named.add(Folding.key(Names.display(mention.mention().text(), mention.type())));
    }
    List<NamedMention> all = new ArrayList<>();
    for (NamedMention mention : mentions) {
      all.add(mention);
      nested(mention).filter(inner -> named.add(Folding.key(inner.mention().text()))).ifPresent(all::add);
    }
    return all;
  }

  private static Optional<NamedMention> nested(NamedMention outer) {
    if (outer.type() != EntityType.ORGANIZATION && outer.type() != EntityType.LOCATION) {
      return Optional.empty();
    }
    Mention mention = outer.mention();
    List<Word> words = Words.of(mention.text());
    int link = -1;
    for (int i = words.size() - 2; i >= 1; i--) {
      if (LINKS.contains(words.get(i).key()) && !words.get(i).isCapitalised()) {
        link = i;
        break;
      }
    }
    if (words.size() < MIN_WORDS || link < 0) {
      return Optional.empty();
    }
    int first = link + 1;
    if (first < words.size() - 1 && Lexicon.isFrenchDeterminer(words.get(first).key())
        && !words.get(first).isCapitalised()) {
      first++; // "de la France", "de l'ONU"
    }
    List<Word> tail = words.subList(first, words.size());
    if (tail.stream().anyMatch(word -> !word.isCapitalised())) {
      return Optional.empty();
    }
    String text = mention.text().substring(tail.get(0).start(), tail.get(tail.size() - 1).end());
    boolean acronym = tail.size() == 1 && text.length() >= 2 && text.equals(text.toUpperCase(Locale.ROOT))
        && text.chars().allMatch(Character::isLetter);
    if (!acronym && !tail.stream().allMatch(word -> FrenchLemmas.isProperNoun(word.text()))) {
      return Optional.empty();
    }
    String key = Lexicon.canonical(Folding.key(text));
    EntityType type = acronym && !Lexicon.CAPITALS.containsValue(key) ? EntityType.ORGANIZATION
        : EntityType.LOCATION;
    int start = mention.start() + tail.get(0).start();
    int end = mention.start() + tail.get(tail.size() - 1).end();
    return Optional.of(new NamedMention(new Mention(start, end, text), type));
  }
}
