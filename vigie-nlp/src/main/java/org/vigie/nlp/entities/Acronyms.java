package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.EntityType;
import org.vigie.model.NamedMention;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * Acronyms the article defines: a name followed by a parenthesised acronym made of its words' initials ("Nouvelle
 * Démocratie (ND)", "Centre national d'études spatiales (CNES)", "Fédération nationale des associations d'usagers
 * des transports (Fnaut)"), or an acronym followed by its expansion in parentheses. The acronym's mentions are
 * grouped with the expansion's, as one referent, and typed with them ({@link TypeVotes}): the tagger types a bare
 * acronym by guess ("ND" as a place).
 */
final class Acronyms {
  /** Between an expansion and its acronym: an opening parenthesis, maybe with spaces. */
  private static final Pattern OPENING = Pattern.compile("\\s*\\(\\s*");
  /** An acronym: a capital, then letters, at most eight, with at least one more capital or all of them lower. */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{L}]{1,7}");
  /** Words an acronym may take or leave out: articles, prepositions, conjunctions. */
  private static final Set<String> LINKS = Set.of("de", "du", "des", "d'", "la", "le", "les", "l'", "et", "a", "au",
      "aux", "en", "pour", "sur", "of", "the", "and", "for", "on", "in");

  /** Folded acronym to the folded name of its expansion. */
  private final Map<String, String> byAcronym;

  private Acronyms(Map<String, String> byAcronym) {
    this.byAcronym = byAcronym;
  }

  /** The acronyms {@code mentions} define in {@code text}. */
  static Acronyms find(String text, List<NamedMention> mentions) {
    Map<String, String> found = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      NamedMention named = mentions.get(i);
      if (named.type() == EntityType.PERSON) {
        continue;
      }
      int end = named.mention().end();
      Matcher opening = OPENING.matcher(text).region(end, text.length());
      if (!opening.lookingAt()) {
        continue;
      }
      Matcher acronym = ACRONYM.matcher(text).region(opening.end(), text.length());
      String expansion = named.mention().text();
      if (acronym.lookingAt() && closes(text, acronym.end()) && defines(acronym.group(), expansion)) {
        found.putIfAbsent(Folding.key(acronym.group()), key(expansion, named.type()));
      } else if (i + 1 < mentions.size() && mentions.get(i + 1).mention().start() == opening.end()
          && mentions.get(i + 1).type() != EntityType.PERSON && closes(text, mentions.get(i + 1).mention().end())
          && ACRONYM.matcher(expansion).matches() && defines(expansion, mentions.get(i + 1).mention().text())) {
        NamedMention longer = mentions.get(i + 1); // "l'ESO (Observatoire européen austral)"
        found.putIfAbsent(Folding.key(expansion), key(longer.mention().text(), longer.type()));
      }
    }
    return new Acronyms(found);
  }

  /** The grouping key of a name: its expansion's when it is a defined acronym, else itself. */
  String expand(String key) {
    return byAcronym.getOrDefault(key, key);
  }

  private static String key(String mentionText, EntityType type) {
    String key = Folding.key(Names.display(mentionText, type));
    return type == EntityType.PERSON ? key : Lexicon.canonical(key);
  }

  private static boolean closes(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && text.charAt(i) == ')';
  }

  /** Whether the letters of {@code acronym} are the initials of {@code name}'s words, links optional. */
  static boolean defines(String acronym, String name) {
    String letters = Folding.key(acronym);
    List<String> words = new ArrayList<>();
    for (Word word : Words.of(name)) {
      for (String part : word.key().split("-")) {
        if (!part.isEmpty()) {
          words.add(part);
        }
      }
    }
    return words.size() >= 2 && initials(letters, 0, words, 0);
  }

  private static boolean initials(String letters, int at, List<String> words, int word) {
    if (word == words.size()) {
      return at == letters.length();
    }
    String current = words.get(word);
    String stem = current.endsWith("'") ? "" : current;
    if (current.startsWith("l'") || current.startsWith("d'")) {
      stem = current.substring(2);
    }
    boolean link = LINKS.contains(current) || stem.isEmpty();
    if (link && initials(letters, at, words, word + 1)) {
      return true;
    }
    return !stem.isEmpty() && at < letters.length() && letters.charAt(at) == stem.charAt(0)
        && initials(letters, at + 1, words, word + 1);
  }
}
