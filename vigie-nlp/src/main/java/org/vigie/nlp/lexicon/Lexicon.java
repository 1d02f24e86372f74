package org.vigie.nlp.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.text.Folding;

/**
 * The word lists of this package's resource files, folded with {@link Folding#key}. Loaded once per class loader;
 * immutable and shared by every thread.
 */
public final class Lexicon {
  /** Function nouns: "ministre", "porte-parole", "spokeswoman"... some of two words ("premier ministre"). */
  public static final Set<String> TITLES = words("titles.txt");
  /** French speech verbs ("a déclaré", "écrit", "soulignant"...), one or several words each. */
  public static final Set<String> FRENCH_CUES = words("cues-fr.txt");
  /** English speech verbs ("said", "told"...). */
  public static final Set<String> ENGLISH_CUES = words("cues-en.txt");
  /** French verbs of saying and stance, as lemmas ("déclarer", "estimer"). */
  public static final Set<String> FRENCH_SPEECH_VERBS = marked("speech-verbs-fr.txt", false);
  /** The French verbs of saying whose content may be an infinitive with "de" ("accuser", "promettre"). */
  public static final Set<String> FRENCH_SPEECH_VERBS_WITH_DE = marked("speech-verbs-fr.txt", true);
  /** English verbs of saying and stance, as lemmas ("say", "argue"). */
  public static final Set<String> ENGLISH_SPEECH_VERBS = words("speech-verbs-en.txt");
  /**
   * Nouns naming an organisation by its kind, folded, to whether they may refer back to any organisation (true:
   * "l'ONG", "the company") or only to one whose name holds them (false: "le ministère").
   */
  public static final Map<String, Boolean> ORGANISATION_NOUNS = organisationNouns("organisation-nouns.txt");
  /** Names of peoples ("Iraniens", "Americans"), not places. */
  public static final Set<String> DEMONYMS = words("demonyms.txt");
  /** Portfolios that follow a title and a link ("ministre des Affaires étrangères", "Secretary of State"). */
  public static final Set<String> PORTFOLIOS = words("portfolios.txt");
  /** Nouns that make a name an organisation when they head it ("Cour constitutionnelle", "Brookings Institution"). */
  public static final Set<String> ORGANISATION_HEADS = words("organisation-heads.txt");
  /** Lower-case nouns that open a place's proper name and belong to it ("rue", "place", "pont", "grotte"). */
  public static final Set<String> PLACE_HEADS = words("place-heads.txt");
  /** Words that do not count when role phrases are compared as sets of words. */
  public static final Set<String> ROLE_STOPWORDS = words("role-stopwords.txt");
  /**
   * Noun lemmas learned to name persons (`vigie train person-nouns`: nouns standing before tagged person names far
   * more often than nouns do), folded; the file's first column.
   */
  public static final Set<String> LEARNED_PERSON_NOUNS = firstColumn("learned-person-nouns.txt");
  /** Capitals standing for their governments, folded, with the folded country. */
  public static final Map<String, String> CAPITALS = capitals("capitals.txt");
  /** Other names of countries and organisations, folded, to the folded canonical name. */
  public static final Map<String, String> ALIASES = aliases("aliases.txt");

  /** Determiners and possessives that may open a noun phrase, folded. */
  public static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "un", "une", "des", "sa", "son",
      "ses", "leur", "leurs", "ce", "cette", "notre", "votre", "nos", "vos", "mon", "ma", "mes", "the", "a", "an",
      "his", "her", "its", "their", "this");

  private Lexicon() {}

  /** The canonical folded name of a folded name: itself unless the alias list knows it under another name. */
  public static String canonical(String foldedName) {
    return ALIASES.getOrDefault(foldedName, foldedName);
  }

  /** The folded country a folded capital stands for. */
  public static Optional<String> countryOfCapital(String foldedName) {
    return Optional.ofNullable(CAPITALS.get(foldedName));
  }

  /** Whether {@code lemma} is a verb of saying or stance in {@code language} ("fr", "en"). */
  public static boolean isSpeechVerb(String language, String lemma) {
    String key = Folding.key(lemma);
    return ("en".equals(language) ? ENGLISH_SPEECH_VERBS : FRENCH_SPEECH_VERBS).contains(key);
  }

  /** Whether the words starting at {@code index} begin with a title; the number of words it takes, or 0. */
  public static int titleAt(List<Word> words, int index) {
    if (index + 1 < words.size() && TITLES.contains(words.get(index).key() + " " + words.get(index + 1).key())) {
      return 2;
    }
    return index < words.size() && TITLES.contains(words.get(index).key()) ? 1 : 0;
  }

  /**
   * Like {@link #titleAt}, for any noun that names a person by function, trade, relation or origin
   * ({@link PersonNouns}): written in lower case, or capitalised right after a determiner ("la Polonaise X"), so
   * that the words of a name are not taken for one ("Pierre Boucher").
   */
  public static int roleNounAt(List<Word> words, int index) {
    int title = titleAt(words, index);
    if (title > 0 || index >= words.size()) {
      return title;
    }
    Word word = words.get(index);
    String previous = index == 0 ? null : words.get(index - 1).key();
    boolean determined = previous != null && FRENCH_DETERMINERS.contains(previous);
    boolean heads = previous == null || determined || NOUN_OPENERS.contains(previous);
    boolean placed = heads && (!word.isCapitalised() || determined);
    return placed && !word.isElision() && PersonNouns.isPersonNoun(word.text()) ? 1 : 0;
  }

  /** Whether the folded word is a French determiner or possessive ("le", "l'", "sa", "notre"). */
  public static boolean isFrenchDeterminer(String key) {
    return FRENCH_DETERMINERS.contains(key);
  }

  /** Whether the folded word is an adjective French puts before a noun ("ancien", "nouveau", "jeune"). */
  public static boolean isPrenominalAdjective(String key) {
    return PRENOMINAL_ADJECTIVES.contains(key);
  }

  /** {@link #DETERMINERS} without the English ones ("a" is also the French "has"). */
  private static final Set<String> FRENCH_DETERMINERS = Set.of("le", "la", "les", "l'", "un", "une", "des", "sa",
      "son", "ses", "leur", "leurs", "ce", "cette", "notre", "votre", "nos", "vos", "mon", "ma", "mes");

  /** The adjectives French puts before a noun. */
  private static final Set<String> PRENOMINAL_ADJECTIVES = Set.of("nouveau", "nouvel", "nouvelle", "ancien",
      "ancienne", "jeune", "futur", "future", "grand", "grande", "celebre", "ex", "seul", "seule", "premier",
      "premiere", "second", "seconde", "autre");

  /**
   * Words after which a noun heads its phrase: prepositions fused with an article, and the prenominal adjectives.
   * After any other word, a noun-like word is an adjective ("président américain") or a complement.
   */
  private static final Set<String> NOUN_OPENERS = union(Set.of("au", "aux", "du", "de", "d'"), PRENOMINAL_ADJECTIVES);

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Collections.unmodifiableSet(all);
  }

  private static Set<String> words(String resource) {
    Set<String> entries = new LinkedHashSet<>();
    for (String line : lines(resource)) {
      entries.add(Folding.key(line));
    }
    return Collections.unmodifiableSet(entries);
  }

  private static Set<String> firstColumn(String resource) {
    Set<String> entries = new LinkedHashSet<>();
    for (String line : lines(resource)) {
      int tab = line.indexOf('\t');
      entries.add(Folding.key(tab < 0 ? line : line.substring(0, tab)));
    }
    return Collections.unmodifiableSet(entries);
  }

  /** The entries of a list, without their " +de" mark; with {@code onlyMarked}, only the marked ones. */
  private static Set<String> marked(String resource, boolean onlyMarked) {
    Set<String> entries = new LinkedHashSet<>();
    for (String line : lines(resource)) {
      boolean mark = line.endsWith("+de");
      if (mark || !onlyMarked) {
        entries.add(Folding.key(mark ? line.substring(0, line.length() - 3) : line));
      }
    }
    return Collections.unmodifiableSet(entries);
  }

  private static Map<String, Boolean> organisationNouns(String resource) {
    Map<String, Boolean> entries = new HashMap<>();
    for (String line : lines(resource)) {
      boolean any = line.endsWith("*");
      entries.put(Folding.key(any ? line.substring(0, line.length() - 1) : line), any);
    }
    return Map.copyOf(entries);
  }

  /** Lines "capital = country": the folded capital to the folded country. */
  private static Map<String, String> capitals(String resource) {
    Map<String, String> entries = new HashMap<>();
    for (String line : lines(resource)) {
      int equals = separator(resource, line);
      entries.put(Folding.key(line.substring(0, equals)), Folding.key(line.substring(equals + 1)));
    }
    return Map.copyOf(entries);
  }

  /** Lines "canonical = other, other": each name of the line, folded, to the folded canonical name. */
  private static Map<String, String> aliases(String resource) {
    Map<String, String> entries = new HashMap<>();
    for (String line : lines(resource)) {
      int equals = separator(resource, line);
      String canonical = Folding.key(line.substring(0, equals));
      entries.put(canonical, canonical);
      for (String other : line.substring(equals + 1).split(",")) {
        if (!other.isBlank()) {
          entries.put(Folding.key(other), canonical);
        }
      }
    }
    return Map.copyOf(entries);
  }

  private static int separator(String resource, String line) {
    int equals = line.indexOf('=');
    if (equals < 0) {
      throw new IllegalStateException(resource + ": expected 'name = other' but found '" + line + "'");
    }
    return equals;
  }

  private static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon " + resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          lines.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    return lines;
  }
}
