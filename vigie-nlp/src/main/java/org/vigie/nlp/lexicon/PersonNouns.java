package org.vigie.nlp.lexicon;

import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import org.vigie.text.Folding;

/**
 * French nouns that name a person by function, trade, relation or origin ("banquier", "joueuse", "sociologue",
 * "correspondante", "Polonaise"), told by the dictionary of forms rather than listed: a noun whose masculine and
 * feminine forms differ names a person (joueur / joueuse, banquier / banquière, président / présidente); so does an
 * epicene noun with an agent suffix (journaliste, sociologue, astronome, secrétaire); and every {@link Lexicon#TITLES
 * title}, and a noun {@link Lexicon#LEARNED_PERSON_NOUNS learned} to stand before names. A prefix such as "ex-" or "vice-" is looked through, and a compound the dictionary lacks is read by its
 * first element ("secrétaire-adjoint"). Thread-safe; the synthesis dictionary (forms from a lemma and a tag, about
 * 0.7 MB) loads on first use.
 */
public final class PersonNouns {
  private static final String SYNTHESIS = "org/languagetool/resource/fr/french_synth.dict";
  private static final List<String> AGENT_SUFFIXES =
      List.of("iste", "logue", "nome", "graphe", "crate", "aire", "ete", "iatre", "aute", "phile", "ate");
  private static final List<String> PREFIXES = List.of("ex-", "vice-", "co-", "sous-", "arriere-", "grand-");

  private PersonNouns() {}

  private static final class Synthesis {
    static final Dictionary DICTIONARY = FrenchLemmas.load(SYNTHESIS);
    static final ThreadLocal<DictionaryLookup> LOOKUP =
        ThreadLocal.withInitial(() -> new DictionaryLookup(DICTIONARY));
  }

  /** Whether the word, as written in a French text, is a noun naming a person. */
  public static boolean isPersonNoun(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (Lexicon.TITLES.contains(Folding.key(lower))) {
      return true;
    }
    for (String prefix : PREFIXES) {
      if (Folding.key(lower).startsWith(prefix) && lower.length() > prefix.length() + 2) {
        return isPersonNoun(lower.substring(prefix.length()));
      }
    }
    List<FrenchLemmas.Reading> readings = FrenchLemmas.readings(lower);
    int hyphen = lower.indexOf('-');
    if (readings.isEmpty() && hyphen > 2) {
      return isPersonNoun(lower.substring(0, hyphen)); // a compound the dictionary lacks: "secrétaire-adjoint"
    }
    for (FrenchLemmas.Reading reading : readings) {
      String tag = reading.tag();
      if (!tag.startsWith("N ")) {
        continue;
      }
      String lemma = reading.lemma();
      if (Lexicon.LEARNED_PERSON_NOUNS.contains(Folding.key(lemma))) {
        return true; // "abbé", "docteur": masculine only in the dictionary, learned from names they stand before
      }
      if ((tag.startsWith("N m") || tag.startsWith("N f")) && hasFeminine(lemma)) {
        return true; // joueur / joueuse, whichever form is written; not affaire, whose lemma is feminine
      }
      if (tag.startsWith("N e") && AGENT_SUFFIXES.stream().anyMatch(Folding.key(lemma)::endsWith)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasFeminine(String lemma) {
    for (var data : Synthesis.LOOKUP.get().lookup(lemma + "|N f s")) {
      if (!data.getStem().toString().equals(lemma)) {
        return true;
      }
    }
    return false;
  }
}
