package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Mention;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * Finds the roles the text gives a person where it names them, in three shapes:
 *
 * <ul>
 *   <li>a title right before the name: "le secrétaire d'État américain Marco Rubio", "Foreign Minister X" (the
 *       nearest title noun phrase: in "envoyé du président américain Donald Trump" Trump is "président américain");
 *   <li>a title phrase and a comma before the name: "sa porte-parole, Karoline Leavitt", "le porte-parole de
 *       l'armée, le général X" (both roles, in text order);
 *   <li>an apposition after the name: "Steve Witkoff, envoyé spécial du président ...", "X, the foreign minister
 *       of Y,".
 * </ul>
 *
 * A role starts at its title word (or after its determiner: "the foreign minister" gives "foreign minister"), never
 * ends with a preposition ("gendre de Donald Trump" is no role of Trump's), and holds no verb from a short list.
 */
final class RoleFinder {
  private static final String BOUNDARIES = ".;:!?()[]«»“”\"‹›\n";
  private static final Set<String> CLAUSE_WORDS = Set.of("et", "and", "qui", "que", "qu'", "who", "which", "ou",
      "or", "mais", "but");
  private static final Set<String> VERBS = Set.of("a", "ont", "est", "sont", "etait", "etaient", "avait", "avaient",
      "sera", "doit", "va", "has", "have", "had", "is", "are", "was", "were", "will", "a-t-il", "a-t-elle");
  private static final Set<String> LINKS = Set.of("de", "du", "des", "d'", "l'", "la", "le", "les", "pour", "a",
      "au", "aux", "avec", "par", "sur", "en", "of", "for", "to", "the", "with", "by", "at", "in", "on", "et", "and");
  private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("de", "d'", "of", "pour", "for");
  private static final Set<String> RELATIVES = Set.of("qui", "que", "qu'", "dont", "that", "who", "which", "whose");
  private static final int MAX_ROLE_WORDS = 14;
  private static final int MAX_WORDS_AFTER_TITLE = 7;

  private RoleFinder() {}

  /** The roles of one person mention, in text order. */
  static List<Role> rolesOf(String text, Mention name) {
    List<Role> roles = new ArrayList<>(before(text, name.start()));
    after(text, name.end()).ifPresent(roles::add);
    return roles;
  }

  private static List<Role> before(String text, int nameStart) {
    List<Role> roles = new ArrayList<>();
    int cursor = skipSpaces(text, nameStart);
    if (cursor > 0 && text.charAt(cursor - 1) == ',') {
      appositionBefore(text, cursor - 1).ifPresent(roles::add);
      return roles;
    }
    List<Word> chunk = chunkBefore(text, cursor);
    int title = lastTitle(chunk);
    if (title < 0 || chunk.size() - title > MAX_WORDS_AFTER_TITLE || hasVerb(chunk, title)
        || startsAnotherPhrase(chunk, title)) {
      return roles;
    }
    int first = modifiersBefore(chunk, title);
    Role role = role(text, chunk.get(first).start(), cursor);
    if (role == null) {
      return roles;
    }
    int before = first > 0 && Lexicon.DETERMINERS.contains(chunk.get(first - 1).key())
        ? chunk.get(first - 1).start() : chunk.get(first).start();
    int comma = skipSpaces(text, before);
    if (comma > 0 && text.charAt(comma - 1) == ',') {
      appositionBefore(text, comma - 1).ifPresent(roles::add);
    }
    roles.add(role);
    return roles;
  }

  /** "le chef de la diplomatie américaine" before the comma at {@code comma}. */
  private static Optional<Role> appositionBefore(String text, int comma) {
    List<Word> chunk = chunkBefore(text, comma);
    int title = firstTitle(chunk);
    if (title < 0 || hasVerb(chunk, title)) {
      return Optional.empty();
    }
    return Optional.ofNullable(role(text, chunk.get(modifiersBefore(chunk, title)).start(), comma));
  }

  /** ", envoyé spécial du président américain pour le Moyen-Orient," after a name. */
  private static Optional<Role> after(String text, int nameEnd) {
    int cursor = nameEnd;
    while (cursor < text.length() && text.charAt(cursor) == ' ') {
      cursor++;
    }
    if (cursor >= text.length() || text.charAt(cursor) != ',') {
      return Optional.empty();
    }
    int end = cursor + 1;
    while (end < text.length() && text.charAt(end) != ',' && BOUNDARIES.indexOf(text.charAt(end)) < 0
        && "—–".indexOf(text.charAt(end)) < 0 && !text.startsWith("--", end)) {
      end++;
    }
    List<Word> chunk = Words.of(text, cursor + 1, end);
    if (chunk.isEmpty()) {
      return Optional.empty();
    }
    int first = Lexicon.DETERMINERS.contains(chunk.get(0).key()) ? 1 : 0;
    int reach = first == 1 ? 3 : 1;
    for (int i = first; i < Math.min(chunk.size(), first + reach); i++) {
      if (Lexicon.roleNounAt(chunk, i) > 0) {
        if (hasVerb(chunk, first)) {
          return Optional.empty();
        }
        return Optional.ofNullable(role(text, chunk.get(first).start(), end));
      }
    }
    return Optional.empty();
  }

  /** The words between the last clause boundary before {@code end} and {@code end}. */
  private static List<Word> chunkBefore(String text, int end) {
    int start = end;
    while (start > 0 && BOUNDARIES.indexOf(text.charAt(start - 1)) < 0 && text.charAt(start - 1) != ','
        && end - start < 200) {
      start--;
    }
    List<Word> words = Words.of(text, start, end);
    for (int i = words.size() - 1; i >= 0; i--) {
      if (CLAUSE_WORDS.contains(words.get(i).key())) {
        return words.subList(i + 1, words.size());
      }
    }
    return words;
  }

  private static int firstTitle(List<Word> chunk) {
    for (int i = 0; i < chunk.size(); i++) {
      if (Lexicon.roleNounAt(chunk, i) > 0) {
        return i;
      }
    }
    return -1;
  }

  private static int lastTitle(List<Word> chunk) {
    int last = -1;
    for (int i = 0; i < chunk.size(); i++) {
      int length = Lexicon.roleNounAt(chunk, i);
      if (length > 0) {
        last = i;
        i += length - 1;
      }
    }
    return last;
  }

  /**
   * Where a role starts: after a determiner up to three words before the title ("le nouveau Premier ministre"),
   * else over capitalised words before it ("White House spokeswoman").
   */
  private static int modifiersBefore(List<Word> chunk, int title) {
    for (int i = title - 1; i >= Math.max(0, title - 3); i--) {
      if (Lexicon.DETERMINERS.contains(chunk.get(i).key())) {
        return i + 1;
      }
    }
    int first = title;
    while (first > 0 && title - first < 3 && chunk.get(first - 1).isCapitalised()
        && !Lexicon.DETERMINERS.contains(chunk.get(first - 1).key())) {
      first--;
    }
    return first;
  }

  /**
   * Whether a determiner after the title opens another noun phrase ("King co-owns with the ... billionaire"), rather
   * than a complement of the title ("porte-parole de la marine").
   */
  private static boolean startsAnotherPhrase(List<Word> chunk, int title) {
    for (int i = title + 1; i < chunk.size(); i++) {
      String key = chunk.get(i).key();
      if (Lexicon.DETERMINERS.contains(key) && !Set.of("des").contains(key)
          && !COMPLEMENT_PREPOSITIONS.contains(chunk.get(i - 1).key())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasVerb(List<Word> chunk, int from) {
    for (int i = from; i < chunk.size(); i++) {
      String key = chunk.get(i).key();
      if (VERBS.contains(key) || Lexicon.FRENCH_CUES.contains(key) || Lexicon.ENGLISH_CUES.contains(key)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Role role(String text, int start, int end) {
    List<Word> words = Words.of(text, start, end);
    if (words.isEmpty() || words.size() > MAX_ROLE_WORDS || LINKS.contains(words.get(words.size() - 1).key())
        || words.stream().anyMatch(word -> RELATIVES.contains(word.key()))) {
      return null;
    }
    int roleEnd = words.get(words.size() - 1).end();
    return new Role(start, roleEnd, Folding.spaces(text.substring(start, roleEnd)));
  }

  private static int skipSpaces(String text, int position) {
    int cursor = position;
    while (cursor > 0 && Character.isWhitespace(text.charAt(cursor - 1)) && text.charAt(cursor - 1) != '\n') {
      cursor--;
    }
    return cursor;
  }
}
