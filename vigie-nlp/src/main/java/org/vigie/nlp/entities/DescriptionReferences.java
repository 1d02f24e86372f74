package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.nlp.lexicon.FrenchLemmas;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * Roles given by a description that refers back to a person ("le chercheur a précisé", "selon la correspondante",
 * "a déclaré l'entraîneur"): a definite noun phrase headed by a noun that names a person (not an office of
 * {@link Lexicon#TITLES}, which often brings a new person in), standing where a subject
 * stands (opening its sentence, after "selon" / "d'après", or after a speech verb), with no name beside it, is a role
 * of the person named last before it (within {@value #REACH} characters, or at any distance when the article names
 * only one person). The phrase runs from its head over adjectives and "de" complements, up to a
 * comma, a verb or the end of the clause.
 */
final class DescriptionReferences {
  private static final Set<String> DEFINITE = Set.of("le", "la", "l'");
  private static final Set<String> INTRODUCERS = Set.of("selon", "apres");
  private static final Set<String> COMPLEMENTS = Set.of("de", "du", "des", "d'", "la", "l'", "le", "les", "a", "au",
      "aux", "en");
  private static final Set<String> ADJECTIVES_BEFORE_NOUNS = Set.of("nouveau", "nouvel", "nouvelle", "ancien",
      "ancienne", "jeune", "premier", "premiere", "dernier", "derniere", "seul", "seule", "futur", "future");
  private static final String CLAUSE_END = ".;:!?«»“”\"()\n,";
  private static final int MAX_WORDS = 8;
  /** How far back the person it refers to may be named. */
  private static final int REACH = 600;

  private DescriptionReferences() {}

  /** Entity id → roles the descriptions give it, in text order. */
  static Map<String, List<String>> find(String text, List<Entity> entities) {
    List<Placed> persons = new ArrayList<>();
    for (Entity entity : entities) {
      if (entity.type() == EntityType.PERSON) {
        for (Mention mention : entity.mentions()) {
          persons.add(new Placed(mention.start(), mention.end(), entity.id()));
        }
      }
    }
    Map<String, List<String>> roles = new HashMap<>();
    if (persons.isEmpty()) {
      return roles;
    }
    List<Word> words = Words.of(text);
    for (int i = 0; i + 1 < words.size(); i++) {
      if (!DEFINITE.contains(words.get(i).key()) || !subjectPlace(text, words, i)) {
        continue;
      }
      int first = i + 1;
      int head = first;
      // a pre-nominal adjective ("le nouveau président") opens the phrase; the noun after it heads it
      while (head + 1 < words.size() && ADJECTIVES_BEFORE_NOUNS.contains(words.get(head).key())) {
        head++;
      }
      // an office ("le préfet de la région", "le secrétaire général") often brings a new, unnamed person in:
      // titles are left to TitleReferences, which binds them only to a person who holds the same one
      if (Lexicon.roleNounAt(words, head) == 0 || Lexicon.titleAt(words, head) > 0 || words.get(head).isCapitalised()
          || ADJECTIVES_BEFORE_NOUNS.contains(words.get(head).key())) {
        continue;
      }
      int last = head;
      while (last + 1 < words.size() && last + 1 - head < MAX_WORDS && sameClause(text, words, last)) {
        Word next = words.get(last + 1);
        if (next.isElision() && !COMPLEMENTS.contains(next.key())) {
          break; // "s'", "n'": a verb follows
        }
        boolean link = COMPLEMENTS.contains(next.key()) && !next.text().equals("a");
        boolean modifier = !next.isCapitalised() && !Lexicon.FRENCH_CUES.contains(next.key())
            && FrenchLemmas.of(next.text(), FrenchLemmas.WordClass.VERB).isEmpty();
        if (!link && !modifier && !(next.isCapitalised() && COMPLEMENTS.contains(words.get(last).key()))) {
          break;
        }
        last++;
      }
      while (last > head && COMPLEMENTS.contains(words.get(last).key())) {
        last--;
      }
      if (last + 1 < words.size() && words.get(last + 1).isCapitalised()
          && text.substring(words.get(last).end(), words.get(last + 1).start()).matches("\\s*,?\\s*")) {
        continue; // a name follows: RoleFinder reads "le chercheur Jean Dupont", "le chercheur, Jean Dupont"
      }
      int start = words.get(first).start();
      String entity = lastPersonBefore(persons, words.get(i).start());
      if (entity != null) {
        String role = Folding.spaces(text.substring(start, words.get(last).end()));
        roles.computeIfAbsent(entity, id -> new ArrayList<>()).add(role);
      }
    }
    return roles;
  }

  private record Placed(int start, int end, String entityId) {}

  /** Opening its sentence, after "selon" / "d'après", or right after a speech verb (an inverted subject). */
  private static boolean subjectPlace(String text, List<Word> words, int determiner) {
    if (determiner == 0) {
      return true;
    }
    Word previous = words.get(determiner - 1);
    String gap = text.substring(previous.end(), words.get(determiner).start());
    if (gap.contains("\n") || gap.contains(".")) {
      return true;
    }
    return gap.isBlank() && (INTRODUCERS.contains(previous.key()) || Lexicon.FRENCH_CUES.contains(previous.key()));
  }

  private static boolean sameClause(String text, List<Word> words, int index) {
    String gap = text.substring(words.get(index).end(), words.get(index + 1).start());
    return gap.chars().noneMatch(c -> CLAUSE_END.indexOf(c) >= 0);
  }

  private static String lastPersonBefore(List<Placed> persons, int position) {
    Placed best = null;
    for (Placed person : persons) {
      if (person.end() <= position && position - person.end() <= REACH
          && (best == null || person.start() > best.start())) {
        best = person;
      }
    }
    if (best == null && persons.stream().map(Placed::entityId).distinct().count() == 1
        && persons.get(0).end() <= position) {
      return persons.get(0).entityId(); // the one person the article names, however far back
    }
    return best == null ? null : best.entityId();
  }
}
