package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.model.Mention;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;

/**
 * Title-only references: "le président américain" alone, after the article has called Donald Trump "le président
 * américain Donald Trump". A title phrase refers to the one person whose role has the same set of words, word order,
 * accents, case and little words aside ("ministre iranien des Affaires étrangères" and "ministre des Affaires
 * étrangères iranien" agree). The phrase needs two words that count: "le président" alone may be anyone's
 * president. When two persons share the role, the phrase refers to neither.
 */
public final class TitleReferences {
  private static final int MAX_PHRASE_WORDS = 9;
  private static final int MIN_PHRASE_WORDS = 2;

  private TitleReferences() {}

  /** A phrase that refers to an entity. */
  public record Reference(String entityId, Mention mention) {}

  /** The set of words a role phrase is compared by. */
  public static Set<String> wordSet(String phrase) {
    Set<String> set = new HashSet<>();
    for (Word word : Words.of(phrase)) {
      String key = word.key().endsWith("'") ? word.key().substring(0, word.key().length() - 1) : word.key();
      if (!Lexicon.ROLE_STOPWORDS.contains(key)) {
        set.add(key);
      }
    }
    return set;
  }

  /**
   * The title phrases of {@code text} outside {@code taken} spans whose word set is a role of exactly one entity.
   *
   * @param rolesByEntity each entity's roles, by entity id
   * @param taken         spans already used (names, roles given next to a name), left alone
   */
  public static List<Reference> find(String text, Map<String, List<String>> rolesByEntity, List<int[]> taken) {
    List<Reference> references = new ArrayList<>();
    Map<String, List<Set<String>>> roleSets = new LinkedHashMap<>();
    rolesByEntity.forEach((entity, roles) -> roleSets.put(entity, roles.stream().map(TitleReferences::wordSet)
        .toList()));
    List<Word> words = Words.of(text);
    for (int i = 0; i < words.size(); i++) {
      if (Lexicon.titleAt(words, i) == 0 || inside(words.get(i).start(), taken)) {
        continue;
      }
      int bestEnd = -1;
      String bestEntity = null;
      for (int j = i; j < Math.min(words.size(), i + MAX_PHRASE_WORDS); j++) {
        if (j > i && !joined(text, words.get(j - 1), words.get(j))) {
          break;
        }
        if (Lexicon.ROLE_STOPWORDS.contains(words.get(j).key().replace("'", ""))) {
          continue; // a phrase never ends with a little word: "président américain", not "président américain de"
        }
        Set<String> set = wordSet(text.substring(words.get(i).start(), words.get(j).end()));
        String owner = soleOwner(set, roleSets);
        if (owner != null) {
          bestEnd = j;
          bestEntity = owner;
        }
      }
      if (bestEntity != null) {
        int start = words.get(i).start();
        int end = words.get(bestEnd).end();
        references.add(new Reference(bestEntity, new Mention(start, end, text.substring(start, end))));
        i = bestEnd;
      }
    }
    return references;
  }

  /** The one entity with a role of this word set, or null; {@code roleSets} holds each entity's roles' word sets. */
  private static String soleOwner(Set<String> set, Map<String, List<Set<String>>> roleSets) {
    if (set.size() < MIN_PHRASE_WORDS) {
      return null; // "le président" alone may be anyone's president
    }
    String owner = null;
    for (Map.Entry<String, List<Set<String>>> entry : roleSets.entrySet()) {
      for (Set<String> role : entry.getValue()) {
        if (role.equals(set)) {
          if (owner != null && !owner.equals(entry.getKey())) {
            return null;
          }
          owner = entry.getKey();
        }
      }
    }
    return owner;
  }

  /** Words of one phrase: only spaces or an apostrophe between them. */
  private static boolean joined(String text, Word previous, Word next) {
    String gap = text.substring(previous.end(), next.start());
    return gap.isBlank() && !gap.contains("\n") || gap.isEmpty();
  }

  static boolean inside(int position, List<int[]> spans) {
    for (int[] span : spans) {
      if (span[0] <= position && position < span[1]) {
        return true;
      }
    }
    return false;
  }
}
