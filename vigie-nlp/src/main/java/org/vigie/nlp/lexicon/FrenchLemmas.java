package org.vigie.nlp.lexicon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * French lemmas from LanguageTool's dictionary of forms (the Morfologik automaton of {@code french-pos-dict}): "a
 * déclaré", "déclarent", "déclarèrent" all give "déclarer". Loaded once per class loader (about 1 MB); a lookup is a
 * walk of the automaton, cheap enough for every token. Lookups are thread-safe: each thread has its own cursor.
 */
public final class FrenchLemmas {
  private static final String DICTIONARY = "org/languagetool/resource/fr/french.dict";
  private static final Dictionary FORMS = load(DICTIONARY);
  private static final ThreadLocal<DictionaryLookup> LOOKUP = ThreadLocal.withInitial(() -> new DictionaryLookup(FORMS));

  /** The word classes the dictionary's tags start with. */
  public enum WordClass {
    VERB('V'), NOUN('N'), ADJECTIVE('J'), ANY('*');

    private final char tag;

    WordClass(char tag) {
      this.tag = tag;
    }
  }

  private FrenchLemmas() {}

  /** The lemmas of {@code word} as a word of {@code wordClass}, in the dictionary's order; empty when unknown. */
  public static Set<String> of(String word, WordClass wordClass) {
    Set<String> lemmas = new LinkedHashSet<>();
    collect(word, wordClass, lemmas);
    String lower = word.toLowerCase(Locale.ROOT);
    if (lemmas.isEmpty() && !lower.equals(word)) {
      collect(lower, wordClass, lemmas);
    }
    return lemmas;
  }

  /**
   * Whether a capitalised word is an adjective or a demonym written with a capital ("Polonaise", "Étrusques",
   * "Premier"), not a name: the dictionary knows no proper or common noun so written, and knows the word in lower
   * case as an adjective.
   */
  public static boolean isCapitalisedAdjective(String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0)) || word.equals(word.toUpperCase(Locale.ROOT))) {
      return false;
    }
    for (Reading reading : readings(word)) {
      if (reading.tag().startsWith("Z") || reading.tag().startsWith("N")) {
        return false;
      }
    }
    return readings(word.toLowerCase(Locale.ROOT)).stream().anyMatch(reading -> reading.tag().startsWith("J "));
  }

  /** Whether the dictionary knows the word, as written, as a proper noun ("Montréal", "Felipe", "Orange"). */
  public static boolean isProperNoun(String word) {
    return readings(word).stream().anyMatch(reading -> reading.tag().startsWith("Z"));
  }

  /** Whether the dictionary knows the word in lower case as a common noun ("congrès", "forum", "archipel"). */
  public static boolean isCommonNounInLowerCase(String word) {
    return readings(word.toLowerCase(Locale.ROOT)).stream().anyMatch(reading -> reading.tag().startsWith("N"));
  }

  /**
   * Whether a capitalised word is a common noun with a capital ("Homme" in "droits de l'Homme", "Défense", "Forum"):
   * the dictionary knows no form so written, and knows the word in lower case as a common noun.
   */
  public static boolean isCapitalisedCommonNoun(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT))
        && readings(word).isEmpty() && isCommonNounInLowerCase(word);
  }

  /**
   * Whether the word, as written, is a capitalised title of address ("M", "Mme", "Dr", "Mgr"; the dictionary's T
   * class); "docteur" or "maître" in lower case head roles of their own.
   */
  public static boolean isAddressTitle(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
        && readings(word).stream().anyMatch(reading -> reading.tag().startsWith("T "));
  }

  /** Whether the dictionary reads the word in lower case as a noun of either gender ("collègue", "juge"). */
  public static boolean isEpiceneNoun(String word) {
    return readings(word.toLowerCase(Locale.ROOT)).stream().anyMatch(reading -> reading.tag().startsWith("N e"));
  }

  /** Whether every common-noun reading of the word in lower case is plural ("collectionneurs", not "prix"). */
  public static boolean isPluralNoun(String word) {
    List<Reading> nouns = readings(word.toLowerCase(Locale.ROOT)).stream()
        .filter(reading -> reading.tag().startsWith("N ")).toList();
    return !nouns.isEmpty() && nouns.stream().allMatch(reading -> reading.tag().endsWith(" p"));
  }

  /** One reading of a form: its lemma and its dictionary tag without the frequency letter ("N f s"). */
  record Reading(String lemma, String tag) {}

  /** Every reading the dictionary gives the form as written (no case folding). */
  static List<Reading> readings(String form) {
    List<Reading> readings = new ArrayList<>();
    for (WordData data : LOOKUP.get().lookup(form.replace('’', '\''))) {
      CharSequence tag = data.getTag();
      String bare = tag == null ? "" : tag.toString();
      // the last letter of a tag is a frequency class, not part of it ("N m sK")
      if (!bare.isEmpty() && Character.isUpperCase(bare.charAt(bare.length() - 1))
          && bare.length() > 1 && Character.isLowerCase(bare.charAt(bare.length() - 2))) {
        bare = bare.substring(0, bare.length() - 1);
      }
      readings.add(new Reading(data.getStem().toString(), bare));
    }
    return readings;
  }

  private static void collect(String word, WordClass wordClass, Set<String> lemmas) {
    for (WordData data : LOOKUP.get().lookup(word.replace('’', '\''))) {
      CharSequence tag = data.getTag();
      if (wordClass == WordClass.ANY || tag != null && tag.length() > 0 && tag.charAt(0) == wordClass.tag) {
        lemmas.add(data.getStem().toString().toLowerCase(Locale.ROOT));
      }
    }
  }

  /** A Morfologik dictionary of {@code french-pos-dict} (its .info file beside it), by resource name. */
  static Dictionary load(String dictionary) {
    URL resource = FrenchLemmas.class.getClassLoader().getResource(dictionary);
    if (resource == null) {
      throw new IllegalStateException(dictionary + " is not on the class path: add org.languagetool:french-pos-dict");
    }
    try {
      return Dictionary.read(resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dictionary, e);
    }
  }
}
