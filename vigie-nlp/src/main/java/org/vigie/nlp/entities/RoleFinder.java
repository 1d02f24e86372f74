package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Mention;
import org.vigie.nlp.lexicon.FrenchLemmas;
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
 *       of Y,", a rank ("X, 3e au classement ATP,"), past an age ("X, 36 ans, sertisseur,").
 * </ul>
 *
 * A title of address between the role and the name is looked through ("l'ingénieur rural, M. Wey"); a plural title
 * before a list of names is each name's ("les collectionneurs Sterling et Francine Clark"); with no known title, any
 * common noun heading a determined phrase right before the name may be its role (see nounRightBefore).
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
  private static final Set<String> DEFINITE = Set.of("le", "la", "l'");
  private static final Set<String> CLITICS = Set.of("se", "s'", "ne", "n'", "y", "il", "elle", "ils", "elles");
  private static final Set<String> RELATIVES = Set.of("qui", "que", "qu'", "dont", "that", "who", "which", "whose");
  private static final Set<String> ABBREVIATIONS = Set.of("M", "MM", "Mr", "Dr", "Pr", "Me", "Mgr", "St", "Mrs", "Ms");
  private static final int MAX_ROLE_WORDS = 14;
  private static final int MAX_WORDS_AFTER_TITLE = 7;
  private static final int MAX_LISTED_NAMES = 4;
  private static final Pattern ORDINAL = Pattern.compile("\\d+(e|er|re|nd|nde|eme)|\\p{L}+ieme");

  private RoleFinder() {}

  /** The roles of one person mention, in text order. */
  static List<Role> rolesOf(String text, Mention name) {
    List<Role> roles = new ArrayList<>(before(text, name));
    after(text, name.end()).ifPresent(roles::add);
    return roles;
  }

  private static List<Role> before(String text, Mention name) {
    List<Role> roles = new ArrayList<>();
    int cursor = skipSpaces(text, beforeAddressTitle(text, skipSpaces(text, name.start())));
    if (cursor > 0 && text.charAt(cursor - 1) == ',') {
      List<Role> shared = sharedTitle(text, cursor);
      if (!shared.isEmpty()) {
        return shared;
      }
      appositionBefore(text, cursor - 1).ifPresent(roles::add);
      return roles;
    }
    List<Word> chunk = chunkBefore(text, cursor);
    if (chunk.isEmpty()) {
      return sharedTitle(text, cursor);
    }
    int title = lastTitle(chunk);
    if (title < 0) {
      title = nounRightBefore(chunk, Words.of(name.text()).size() > 1);
    }
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

  /**
   * A common noun the dictionary does not know as a person's, heading a determined phrase that ends right before a
   * name, with at most two adjectives after it ("le scientifique Michel Mayor", "son collègue Ashraf Khalil", "l'ancien
   * juge cantonal Bâschlin"): an epicene noun (a person's, for both genders), or any noun before a full name (a
   * surname alone after a noun is often an eponym: "l'affaire Dreyfus", "le gouvernement Ayrault"); not a complement
   * ("la prix Nobel de la paix X" is headed by "prix"). Its index, or -1.
   */
  private static int nounRightBefore(List<Word> chunk, boolean fullName) {
    int noun = chunk.size() - 1;
    while (noun > 0 && chunk.size() - 1 - noun < 2 && isLowerCaseAdjective(chunk.get(noun))
        && !Lexicon.isFrenchDeterminer(chunk.get(noun - 1).key())
        && !Lexicon.isPrenominalAdjective(chunk.get(noun - 1).key())) {
      noun--; // the word after a determiner heads the phrase, even when it may be an adjective ("le scientifique")
    }
    if (noun < 1) {
      return -1;
    }
    Word head = chunk.get(noun);
    // "le Frère musulman X": a common noun with a capital, right after its determiner
    boolean determinedCapital = FrenchLemmas.isCapitalisedCommonNoun(head.text())
        && Lexicon.isFrenchDeterminer(chunk.get(noun - 1).key());
    if ((head.isCapitalised() && !determinedCapital) || head.isElision()
        || FrenchLemmas.of(head.text(), FrenchLemmas.WordClass.NOUN).isEmpty()
        || !(fullName || FrenchLemmas.isEpiceneNoun(head.text()))) {
      return -1;
    }
    int determiner = noun - 1;
    if (determiner > 0 && Lexicon.isPrenominalAdjective(chunk.get(determiner).key())) {
      determiner--;
    }
    boolean complement = determiner > 0 && COMPLEMENT_PREPOSITIONS.contains(chunk.get(determiner - 1).key());
    return Lexicon.isFrenchDeterminer(chunk.get(determiner).key()) && !complement ? noun : -1; // not "de la paix"
  }

  /** A lower-case word the dictionary reads as an adjective ("évangélique", "cantonal", "musulman"). */
  private static boolean isLowerCaseAdjective(Word word) {
    return !word.isCapitalised() && !FrenchLemmas.of(word.text(), FrenchLemmas.WordClass.ADJECTIVE).isEmpty();
  }

  /** Where a title of address right before {@code position} starts ("M. Wey", "Mme X"); else {@code position}. */
  private static int beforeAddressTitle(String text, int position) {
    int end = position > 0 && text.charAt(position - 1) == '.' ? position - 1 : position;
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    boolean alone = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    return start < end && alone && FrenchLemmas.isAddressTitle(text.substring(start, end)) ? start : position;
  }

  /**
   * A plural title before a list of names, given to each name of the list ("les collectionneurs Sterling et
   * Francine Clark" gives Francine Clark "collectionneurs"): {@code cursor} follows "et" or a comma that follows a
   * run of capitalised words.
   */
  private static List<Role> sharedTitle(String text, int cursor) {
    int at = cursor;
    for (int names = 0; names < MAX_LISTED_NAMES; names++) {
      List<Word> link = Words.of(text, Math.max(0, at - 4), at);
      int linkStart;
      if (at > 0 && text.charAt(at - 1) == ',') {
        linkStart = at - 1;
      } else if (!link.isEmpty() && link.get(link.size() - 1).key().equals("et")
          && link.get(link.size() - 1).end() == at) {
        linkStart = link.get(link.size() - 1).start();
      } else {
        return List.of();
      }
      int nameStart = capitalisedRunBefore(text, skipSpaces(text, linkStart));
      if (nameStart < 0) {
        return List.of();
      }
      at = skipSpaces(text, nameStart);
      List<Word> chunk = chunkBefore(text, at);
      if (!chunk.isEmpty()) {
        int title = lastTitle(chunk);
        if (title < 0 || title != chunk.size() - 1 || !FrenchLemmas.isPluralNoun(chunk.get(title).text())) {
          return List.of();
        }
        Role role = role(text, chunk.get(modifiersBefore(chunk, title)).start(), at);
        return role == null ? List.of() : List.of(role);
      }
    }
    return List.of();
  }

  /** The start of the run of capitalised words ending at {@code end}, or -1 when the word there is not one. */
  private static int capitalisedRunBefore(String text, int end) {
    List<Word> words = Words.of(text, Math.max(0, end - 80), end);
    int start = -1;
    for (int i = words.size() - 1; i >= 0 && words.get(i).isCapitalised(); i--) {
      if (i < words.size() - 1 && !text.substring(words.get(i).end(), words.get(i + 1).start()).isBlank()) {
        break;
      }
      start = words.get(i).start();
    }
    return words.isEmpty() || words.get(words.size() - 1).end() != end ? -1 : start;
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

  /**
   * An apposition after a name: ", envoyé spécial du président américain pour le Moyen-Orient," or, without the
   * comma, a definite noun phrase headed by a person noun ("Nick De Santis le directeur sportif de l'équipe,"). A
   * verb, a clitic or a relative pronoun ends it when no comma does ("Barroso, le président de la Commission se
   * dit ...", "un créateur anglais qui ...").
   */
  private static Optional<Role> after(String text, int nameEnd) {
    int cursor = nameEnd;
    while (cursor < text.length() && text.charAt(cursor) == ' ') {
      cursor++;
    }
    if (cursor >= text.length()) {
      return Optional.empty();
    }
    boolean comma = text.charAt(cursor) == ',';
    int start = comma ? cursor + 1 : cursor;
    int end = start;
    while (end < text.length() && text.charAt(end) != ',' && (BOUNDARIES.indexOf(text.charAt(end)) < 0
        || abbreviationStop(text, end)) && "—–".indexOf(text.charAt(end)) < 0 && !text.startsWith("--", end)) {
      end++;
    }
    List<Word> chunk = Words.of(text, start, end);
    if (comma && isAge(chunk) && end < text.length() && text.charAt(end) == ',') {
      return after(text, end); // "Aimé Scheller, 36 ans, sertisseur,"
    }
    if (chunk.isEmpty() || (!comma && (cursor != nameEnd + 1 || !DEFINITE.contains(chunk.get(0).key())))) {
      return Optional.empty();
    }
    if (comma && chunk.size() > 1 && isOrdinal(chunk.get(0))) {
      int stop = clauseAfter(chunk, 1);
      return Optional.ofNullable(role(text, chunk.get(0).start(), chunk.get(stop - 1).end())); // a rank
    }
    int first = Lexicon.DETERMINERS.contains(chunk.get(0).key()) ? 1 : 0;
    int reach = first == 1 ? 3 : 1;
    for (int i = first; i < Math.min(chunk.size(), first + reach); i++) {
      if (Lexicon.roleNounAt(chunk, i) > 0) {
        int stop = clauseAfter(chunk, i + 1);
        return stop <= i ? Optional.empty()
            : Optional.ofNullable(role(text, chunk.get(first).start(), chunk.get(stop - 1).end()));
      }
    }
    return Optional.empty();
  }

  /** Where a verb or a clitic at or after {@code from} starts a clause; the chunk's size if none. */
  private static int clauseAfter(List<Word> chunk, int from) {
    for (int i = from; i < chunk.size(); i++) {
      Word word = chunk.get(i);
      if (isVerb(word) || CLITICS.contains(word.key()) || RELATIVES.contains(word.key()) || isOnlyVerb(word)) {
        return i;
      }
    }
    return chunk.size();
  }

  /** An ordinal number: "3e", "1er", "2nd", "troisième". */
  private static boolean isOrdinal(Word word) {
    return ORDINAL.matcher(word.key()).matches();
  }

  /** "36 ans": a number of years. */
  private static boolean isAge(List<Word> chunk) {
    return chunk.size() == 2 && chunk.get(0).text().chars().allMatch(Character::isDigit)
        && chunk.get(1).key().equals("ans");
  }

  /** A lower-case word the dictionary reads only as a verb ("affirme", "conclut"). */
  private static boolean isOnlyVerb(Word word) {
    return !word.isCapitalised() && !FrenchLemmas.of(word.text(), FrenchLemmas.WordClass.VERB).isEmpty()
        && FrenchLemmas.of(word.text(), FrenchLemmas.WordClass.NOUN).isEmpty()
        && FrenchLemmas.of(word.text(), FrenchLemmas.WordClass.ADJECTIVE).isEmpty();
  }

  /**
   * The words between the last clause boundary before {@code end} and {@code end}. The full stop of an
   * abbreviation ("M. Samaras", "V. Sapounov") is no boundary.
   */
  private static List<Word> chunkBefore(String text, int end) {
    int start = end;
    while (start > 0 && (BOUNDARIES.indexOf(text.charAt(start - 1)) < 0 || abbreviationStop(text, start - 1))
        && text.charAt(start - 1) != ',' && end - start < 200) {
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

  /** Whether a verb stands at or after {@code from}; a word after a determiner is a noun ("l'ancien juge"). */
  private static boolean hasVerb(List<Word> chunk, int from) {
    for (int i = from; i < chunk.size(); i++) {
      String previous = i == 0 ? "" : chunk.get(i - 1).key();
      if (isVerb(chunk.get(i)) && !Lexicon.isFrenchDeterminer(previous) && !Lexicon.isPrenominalAdjective(previous)) {
        return true;
      }
    }
    return false;
  }

  /** A verb of the short list or a verb of saying; "à" is no "a" (folded, they are one key). */
  private static boolean isVerb(Word word) {
    String key = word.key();
    return (VERBS.contains(key) && !word.text().equalsIgnoreCase("à")) || Lexicon.FRENCH_CUES.contains(key)
        || Lexicon.ENGLISH_CUES.contains(key);
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

  /** Whether the full stop at {@code dot} ends a courtesy title or an initial ("M.", "Dr.", "V."), not a sentence. */
  private static boolean abbreviationStop(String text, int dot) {
    if (text.charAt(dot) != '.') {
      return false;
    }
    int start = dot;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot);
    boolean alone = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    return alone && (ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0))));
  }

  private static int skipSpaces(String text, int position) {
    int cursor = position;
    while (cursor > 0 && Character.isWhitespace(text.charAt(cursor - 1)) && text.charAt(cursor - 1) != '\n') {
      cursor--;
    }
    return cursor;
  }
}
