package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.NamedMention;
import org.vigie.text.Folding;
import org.vigie.nlp.lexicon.FrenchLemmas;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;

/**
 * Place names as French writes them: a lower-case noun of {@link Lexicon#PLACE_HEADS} opens the name and belongs to
 * it ("rue Georges Auric", "place Tahrir", "grotte d'Azass"), so
 *
 * <ul>
 *   <li>a name right after such a noun grows to take it in, and is a place (an organisation when the noun heads
 *       institutions, "école"), whatever the tagger said: "rue [Georges Auric]" is no person; after a link ("de",
 *       "d'") only when the name is not a place of its own ("grotte d'Azass", but "gare de Lyon" keeps Lyon);
 *   <li>a known place after the proper part of such a name locates it and is another place: "pont Mathilde de
 *       Rouen" is "pont Mathilde" and "Rouen";
 *   <li>a place span with a lower-case "au", "en" or "à" between capitalised words is two places ("France au
 *       Caire").
 * </ul>
 */
final class PlaceNames {
  private static final Set<String> LINKS = Set.of("de", "d'", "du", "des");
  private static final Set<String> LOCATING_LINKS = Set.of("de", "d'", "du");
  private static final Set<String> BETWEEN_PLACES = Set.of("au", "aux", "en", "a");

  private PlaceNames() {}

  static List<NamedMention> apply(String text, List<NamedMention> mentions) {
    Set<String> places = new HashSet<>();
    for (NamedMention named : mentions) {
      if (named.type() == EntityType.LOCATION) {
        places.add(Folding.key(named.mention().text()));
      }
    }
    List<NamedMention> placed = new ArrayList<>();
    int previousEnd = 0;
    for (NamedMention named : mentions) {
      NamedMention grown = withHead(text, named, previousEnd);
      previousEnd = named.mention().end();
      for (NamedMention part : locatedApart(text, grown, places)) {
        placed.addAll(betweenPlaces(text, part));
      }
    }
    return placed;
  }

  /** The mention with the place noun before it, typed by that noun; the mention itself when none precedes it. */
  private static NamedMention withHead(String text, NamedMention named, int previousEnd) {
    Mention mention = named.mention();
    List<Word> own = Words.of(text, mention.start(), mention.end());
    if (own.isEmpty()) {
      return named;
    }
    if (isHead(own.get(0))) {
      return own.size() > 1 ? new NamedMention(mention, typeOf(own.get(0))) : named;
    }
    // read into the mention, so that "d'" right before it is seen as an elision
    List<Word> before = Words.of(text, Math.max(previousEnd, mention.start() - 40), mention.end()).stream()
        .filter(word -> word.end() <= mention.start())
        .toList();
    int last = before.size() - 1;
    if (last < 0 || !adjacent(text, before.get(last).end(), mention.start())) {
      return named;
    }
    Word head = null;
    if (isHead(before.get(last))) {
      head = before.get(last);
    } else if (last > 0 && LINKS.contains(before.get(last).key()) && isHead(before.get(last - 1))
        && adjacent(text, before.get(last - 1).end(), before.get(last).start()) && !isPlace(own.get(0).text())) {
      head = before.get(last - 1);
    }
    if (head == null) {
      return named;
    }
    int start = head.start();
    return new NamedMention(new Mention(start, mention.end(), text.substring(start, mention.end())), typeOf(head));
  }

  /** "pont Mathilde de Rouen": the place-headed name, and the known place that locates it, apart. */
  private static List<NamedMention> locatedApart(String text, NamedMention named, Set<String> places) {
    Mention mention = named.mention();
    List<Word> words = Words.of(text, mention.start(), mention.end());
    if (words.size() < 4 || !isHead(words.get(0))) {
      return List.of(named);
    }
    int proper = LINKS.contains(words.get(1).key()) ? 2 : 1;
    for (int link = proper + 1; link + 1 < words.size(); link++) {
      if (!LOCATING_LINKS.contains(words.get(link).key())) {
        continue;
      }
      boolean properName = words.subList(proper, link).stream()
          .allMatch(word -> word.isCapitalised() && !FrenchLemmas.isCommonNounInLowerCase(word.text()));
      String rest = text.substring(words.get(link + 1).start(), mention.end());
      if (properName && words.get(link + 1).isCapitalised() && (places.contains(Folding.key(rest)) || isPlace(rest))) {
        int nameEnd = words.get(link - 1).end();
        int placeStart = words.get(link + 1).start();
        return List.of(
            new NamedMention(new Mention(mention.start(), nameEnd, text.substring(mention.start(), nameEnd)),
                named.type()),
            new NamedMention(new Mention(placeStart, mention.end(), rest), EntityType.LOCATION));
      }
      return List.of(named);
    }
    return List.of(named);
  }

  /** "France au Caire": two places. */
  private static List<NamedMention> betweenPlaces(String text, NamedMention named) {
    if (named.type() != EntityType.LOCATION) {
      return List.of(named);
    }
    Mention mention = named.mention();
    List<Word> words = Words.of(text, mention.start(), mention.end());
    for (int i = 1; i + 1 < words.size(); i++) {
      Word word = words.get(i);
      if (BETWEEN_PLACES.contains(word.key()) && !word.isCapitalised() && words.get(i - 1).isCapitalised()
          && words.get(i + 1).isCapitalised() && text.charAt(word.start() - 1) == ' ') {
        int leftEnd = words.get(i - 1).end();
        int rightStart = words.get(i + 1).start();
        List<NamedMention> parts = new ArrayList<>();
        parts.add(new NamedMention(new Mention(mention.start(), leftEnd, text.substring(mention.start(), leftEnd)),
            EntityType.LOCATION));
        parts.addAll(betweenPlaces(text, new NamedMention(
            new Mention(rightStart, mention.end(), text.substring(rightStart, mention.end())), EntityType.LOCATION)));
        return parts;
      }
    }
    return List.of(named);
  }

  private static boolean isHead(Word word) {
    return !word.isCapitalised() && Lexicon.PLACE_HEADS.contains(word.key());
  }

  private static EntityType typeOf(Word head) {
    return Lexicon.ORGANISATION_HEADS.contains(head.key()) ? EntityType.ORGANIZATION : EntityType.LOCATION;
  }

  /** A place the lexicons or the dictionary know by this name. */
  private static boolean isPlace(String name) {
    String key = Folding.key(name);
    return Lexicon.countryOfCapital(key).isPresent() || Lexicon.ALIASES.containsKey(key)
        || FrenchLemmas.isProperNoun(name);
  }

  private static boolean adjacent(String text, int end, int start) {
    String gap = text.substring(end, start);
    return gap.isEmpty() || gap.equals(" ") || gap.equals("\u00a0");
  }
}
