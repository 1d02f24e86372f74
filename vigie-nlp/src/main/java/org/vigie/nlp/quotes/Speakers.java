package org.vigie.nlp.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.nlp.lexicon.FrenchLemmas;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * Who a speech verb's subject is.
 *
 * <ul>
 *   <li>An inverted subject follows the verb ("a déclaré jeudi le porte-parole, le général X"): the first entity
 *       mention after it in the clause, else the noun phrase after it.
 *   <li>A subject before the verb: a pronoun right before it, else the nearest entity mention with at most a few
 *       words (or an apposition between commas) before the verb, else the noun phrase opening the clause ("Le
 *       gouvernement iranien a annoncé").
 *   <li>Pronouns (il, elle, he, she; ils, elles, they for groups) are resolved by {@link #resolve}: the last
 *       speaker quoted in the same paragraph when gender and number agree, else the first person named in the
 *       nearest earlier sentence (its subject, as a rule), looking back at most {@value #PRONOUN_REACH} sentences.
 *       Gender comes from "M."/"Mme" and a feminine determiner before a name.
 * </ul>
 */
final class Speakers {
  static final int PRONOUN_REACH = 4;
  private static final int MAX_WORDS_TO_INVERTED_SUBJECT = 12;
  private static final int MAX_WORDS_BEFORE_VERB = 3;
  private static final int MAX_PHRASE_WORDS = 7;
  private static final Set<String> SINGULAR = Set.of("il", "elle", "he", "she");
  private static final Set<String> PLURAL = Set.of("ils", "elles", "they");
  private static final Set<String> FEMININE = Set.of("elle", "elles", "she");
  private static final Set<String> MASCULINE = Set.of("il", "he");
  private static final Set<String> NEGATION = Set.of("ne", "n'");
  private static final Set<String> PLURAL_DETERMINERS = Set.of("les", "des", "ces", "leurs", "plusieurs", "nos",
      "vos", "certains", "certaines");
  /**
   * French stressed pronouns, as after "selon" ("selon lui", "d'après eux"), with the subject pronoun they stand
   * for (English attribution is left as it was).
   */
  private static final java.util.Map<String, String> STRESSED = java.util.Map.of("lui", "il", "eux", "ils",
      "elle", "elle", "elles", "elles");
  private static final java.util.regex.Pattern PARENTHESES = java.util.regex.Pattern.compile("\\([^()]*\\)");
  private static final String CLAUSE_END = ".;:!?\n«»“”\"";
  private static final java.util.regex.Pattern NEUTER_COMME =
      java.util.regex.Pattern.compile("(?:^|[^\\p{L}])[cC]omme\\s+(?:le\\s+|l['’])$");

  private static final Set<String> PREPOSITIONS = Set.of("a", "au", "aux", "sur", "dans", "pour", "par", "devant",
      "aupres", "avec", "en", "chez", "to", "at", "on", "in", "for", "with", "before", "from");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("qui", "who", "which", "that");
  private static final Set<String> NAME_PARTS = Set.of("appos", "flat", "flat:name", "compound");

  private final Discourse discourse;
  private final Descriptions descriptions;

  Speakers(Discourse discourse) {
    this.discourse = discourse;
    this.descriptions = new Descriptions(discourse);
  }

  /**
   * The speaker a parsed subject names: the entity mentioned at its head word or in apposition to it ("L'ONG Human
   * Rights Watch"), the person or group a pronoun stands for, the antecedent of a relative pronoun, the entity a
   * description refers back to ({@link Descriptions}), else the description itself ("plusieurs témoins").
   */
  Optional<Who> ofSubject(Syntax syntax, int subject, List<Found> earlier) {
    return ofSubject(syntax, subject, earlier, 0);
  }

  private Optional<Who> ofSubject(Syntax syntax, int subject, List<Found> earlier, int depth) {
    org.vigie.model.Token head = syntax.token(subject);
    String key = Folding.key(head.text()).replaceFirst("^-(t-)?", ""); // "-t-il" is "il"
    key = "fr".equals(discourse.language) ? STRESSED.getOrDefault(key, key) : key; // "selon lui"
    if (isPronoun(key)) {
      return resolve(key, head.start(), earlier);
    }
    if (RELATIVE_PRONOUNS.contains(key)) {
      int verb = syntax.head(subject);
      int antecedent = verb < 0 || !syntax.relation(verb).startsWith("acl") ? -1 : syntax.head(verb);
      return antecedent < 0 || depth > 2 ? Optional.empty() : ofSubject(syntax, antecedent, earlier, depth + 1);
    }
    Discourse.Placed named = discourse.mentionAt(head.start());
    if (named != null) {
      return Optional.of(entity(named.entity(), named.start(), named.end()));
    }
    for (int child : syntax.children(subject)) {
      if (NAME_PARTS.contains(syntax.relation(child))) {
        Discourse.Placed apposed = discourse.mentionAt(syntax.token(child).start());
        if (apposed != null) {
          return Optional.of(entity(apposed.entity(), apposed.start(), apposed.end()));
        }
      }
    }
    if (!head.pos().equals("NOUN") && !head.pos().equals("PROPN")) {
      return Optional.empty();
    }
    if (head.pos().equals("PROPN") && head.text().length() > 1 && Character.isUpperCase(head.text().charAt(0))) {
      return Optional.of(name(syntax, subject)); // a name the tagger missed, but the parse says it speaks
    }
    Optional<Entity> referent = descriptions.resolve(head.text(), head.start());
    if (referent.isPresent()) {
      return Optional.of(entity(referent.get(), head.start(), head.end()));
    }
    return describedBy(syntax, subject);
  }

  /** A proper noun and the words of its name ("Barroso", "Jean Dupont"), as a speaker without an entity. */
  private Who name(Syntax syntax, int head) {
    int start = syntax.token(head).start();
    int end = syntax.token(head).end();
    for (int child : syntax.children(head)) {
      if (syntax.relation(child).startsWith("flat") && Math.abs(child - head) <= 3) {
        start = Math.min(start, syntax.token(child).start());
        end = Math.max(end, syntax.token(child).end());
      }
    }
    return new Who(Folding.spaces(discourse.text.substring(start, end)), null, start, end, false);
  }

  /** The noun phrase of a subject, up to a comma, a parenthesis or a relative clause after its head. */
  private Optional<Who> describedBy(Syntax syntax, int subject) {
    String text = discourse.text;
    int[] range = syntax.subtree(subject);
    int end = syntax.token(subject).end();
    for (int i = subject + 1; i <= range[1]; i++) {
      String word = syntax.token(i).text();
      String relation = syntax.relation(i);
      if (word.equals(",") || word.equals("(") || relation.startsWith("acl") || relation.equals("appos")) {
        break;
      }
      end = syntax.token(i).end();
    }
    int first = range[0];
    while (first < subject && Set.of("case", "mark", "punct").contains(Syntax.baseRelation(syntax.relation(first)))) {
      first++; // "selon les académies": the preposition is not the source's
    }
    int start = syntax.token(first).start();
    List<Word> words = Words.of(text, start, end);
    if (words.isEmpty() || words.size() > MAX_PHRASE_WORDS + 1) {
      return Optional.empty();
    }
    if (Lexicon.DETERMINERS.contains(words.get(0).key())) {
      return phrase(words, 0, words.size(), text);
    }
    boolean title = Lexicon.titleAt(words, 0) > 0;
    return Optional.of(new Who(Folding.spaces(text.substring(start, end)), null, start, end, title));
  }

  /** The subject of a cue that precedes it, looked for between {@code from} and the cue. */
  Optional<Who> before(Cue cue, int from, List<Found> earlier) {
    String text = discourse.text;
    if (afterNeuterComme(cue.start())) {
      return after(cue, text.length(), earlier); // "comme le rappelle X": the subject follows the verb
    }
    List<Word> words = Words.of(text, from, cue.start());
    int last = words.size() - 1;
    while (last >= 0 && NEGATION.contains(words.get(last).key())) {
      last--;
    }
    if (last >= 0 && isPronoun(words.get(last).key()) && text.substring(words.get(last).end(), cue.start())
        .isBlank()) {
      return resolve(words.get(last).key(), words.get(last).start(), earlier);
    }
    Discourse.Placed nearest = null;
    for (Discourse.Placed mention : discourse.mentionsIn(from, cue.start())) {
      if (mention.end() <= cue.start() && (nearest == null || mention.end() > nearest.end())) {
        nearest = mention; // the latest-ending mention, and of two that end together the longer
      }
    }
    if (nearest != null && closeEnough(text.substring(nearest.end(), cue.start()))
        && !isComplement(text, from, nearest.start())) {
      return Optional.of(entity(nearest.entity(), nearest.start(), nearest.end()));
    }
    return phraseBefore(from, cue.start());
  }

  /**
   * Whether French "comme le" / "comme l'" comes right before {@code position}: the clitic stands for the clause
   * the verb reports ("..., comme le précise X"), and the verb's subject follows it.
   */
  boolean afterNeuterComme(int position) {
    if (!"fr".equals(discourse.language)) {
      return false;
    }
    return NEUTER_COMME.matcher(discourse.text.substring(Math.max(0, position - 12), position)).find();
  }

  /** The subject of a cue that follows it (inverted), looked for between the cue and {@code limit}. */
  Optional<Who> after(Cue cue, int limit, List<Found> earlier) {
    if (cue.pronoun() != null) {
      return resolve(cue.pronoun(), cue.start(), earlier);
    }
    String text = discourse.text;
    int end = clauseEnd(text, cue.end(), limit);
    Discourse.Placed complement = null;
    for (Discourse.Placed mention : discourse.mentionsIn(cue.end(), end)) {
      if (Words.of(text, cue.end(), mention.start()).size() > MAX_WORDS_TO_INVERTED_SUBJECT) {
        break;
      }
      if (afterPreposition(text, cue.end(), mention.start())) {
        continue;
      }
      if ("fr".equals(discourse.language) && isComplement(text, cue.end(), mention.start())) {
        // "a précisé l'ambassadeur de France, X": a noun's complement speaks only when nobody else is named
        complement = complement == null ? mention : complement;
        continue;
      }
      Discourse.Placed speaker = personHeading(mention, end);
      return Optional.of(entity(speaker.entity(), speaker.start(), speaker.end()));
    }
    if (complement != null) {
      return Optional.of(entity(complement.entity(), complement.start(), complement.end()));
    }
    List<Word> words = Words.of(text, cue.end(), end);
    for (int i = 0; i < words.size(); i++) {
      if (Set.of("que", "qu'", "that", "qui", "who", "which").contains(words.get(i).key())) {
        words = words.subList(0, i);
        break;
      }
    }
    for (int i = 0; i < Math.min(words.size(), 3); i++) {
      if (Lexicon.DETERMINERS.contains(words.get(i).key())) {
        return phrase(words, i, Math.min(words.size(), i + 1 + MAX_PHRASE_WORDS), text);
      }
    }
    return Optional.empty();
  }

  /**
   * In English, the person that heads a subject opening with another name: an organisation or a place before a title
   * ("IMF chief economist Maury Obstfeld", "European Council President Donald Tusk"), with nothing but words between
   * the two names and at most {@value #MAX_WORDS_BEFORE_VERB} of them; else {@code first} itself.
   */
  Discourse.Placed personHeading(Discourse.Placed first, int limit) {
    if (!"en".equals(discourse.language) || first.entity().type() == EntityType.PERSON) {
      return first;
    }
    for (Discourse.Placed next : discourse.mentionsIn(first.end(), limit)) {
      String between = discourse.text.substring(first.end(), next.start());
      if (next.entity().type() == EntityType.PERSON && Words.of(between).size() <= MAX_WORDS_BEFORE_VERB
          && between.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '.' || c == '-')) {
        return next;
      }
      break;
    }
    return first;
  }

  /**
   * The entity a pronoun at {@code position} stands for.
   *
   * @param earlier quotes already attributed, in text order
   */
  Optional<Who> resolve(String pronoun, int position, List<Found> earlier) {
    boolean plural = PLURAL.contains(pronoun);
    if (!plural && !SINGULAR.contains(pronoun)) {
      return Optional.empty();
    }
    int paragraph = discourse.paragraphIndex(position);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Found found = earlier.get(i);
      if (found.start() >= position || found.who() == null) {
        continue;
      }
      if (discourse.paragraphIndex(found.start()) != paragraph) {
        break;
      }
      if (agrees(pronoun, found.who())) {
        return Optional.of(found.who());
      }
    }
    int sentence = discourse.sentenceIndex(position);
    if (plural) {
      return "fr".equals(discourse.language) && sentence > 0
          ? pluralOpening(discourse.sentences.get(sentence - 1), position) : Optional.empty();
    }
    for (int s = sentence; s >= Math.max(0, sentence - PRONOUN_REACH); s--) {
      int[] span = discourse.sentences.get(s);
      for (Discourse.Placed mention : discourse.mentionsIn(span[0], Math.min(span[1], position))) {
        if (mention.entity().type() == EntityType.PERSON && agrees(pronoun, mention.entity())) {
          return Optional.of(entity(mention.entity(), position, position));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The plural noun phrase opening the sentence before a French plural pronoun ("Les sages-femmes de l'hôpital ont
   * écrit au ministre. Elles y affirment que ..."): a plural determiner, a plural common noun in lower case, and the
   * words after it up to a comma or the first word the dictionary reads as a verb and not as a noun.
   */
  private Optional<Who> pluralOpening(int[] sentence, int position) {
    String text = discourse.text;
    List<Word> words = Words.of(text, sentence[0], Math.min(sentence[1], position));
    if (words.size() < 3 || !PLURAL_DETERMINERS.contains(words.get(0).key()) || words.get(1).isCapitalised()
        || !FrenchLemmas.isPluralNoun(words.get(1).text())) {
      return Optional.empty();
    }
    int end = 2;
    while (end < Math.min(words.size(), MAX_PHRASE_WORDS) && !text.substring(words.get(end - 1).end(),
        words.get(end).start()).contains(",") && !isVerbOnly(words.get(end).text())) {
      end++;
    }
    if (end == words.size()) {
      return Optional.empty(); // no verb after it: the phrase is not the sentence's subject
    }
    int start = words.get(1).start(); // without its determiner, as other descriptions
    int stop = words.get(end - 1).end();
    return Optional.of(new Who(Folding.spaces(text.substring(start, stop)), null, start, stop, false));
  }

  private static boolean isVerbOnly(String word) {
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    return !FrenchLemmas.of(lower, FrenchLemmas.WordClass.VERB).isEmpty()
        && FrenchLemmas.of(lower, FrenchLemmas.WordClass.NOUN).isEmpty();
  }

  Who entity(Entity entity, int start, int end) {
    return new Who(entity.name(), entity.id(), start, end, false);
  }

  /** The subject pronoun a stressed one stands for ("lui" is "il"), or null for a word that is none. */
  static @org.jspecify.annotations.Nullable String subjectOfStressed(String key) {
    return STRESSED.get(key);
  }

  static boolean isPronoun(String key) {
    return SINGULAR.contains(key) || PLURAL.contains(key);
  }

  private boolean agrees(String pronoun, Who who) {
    if (who.entityId() == null) {
      return PLURAL.contains(pronoun) != who.title();
    }
    Entity entity = discourse.entities.get(who.entityId());
    return entity != null && agrees(pronoun, entity);
  }

  private boolean agrees(String pronoun, Entity entity) {
    boolean person = entity.type() == EntityType.PERSON;
    if (PLURAL.contains(pronoun)) {
      return !person;
    }
    if (!person) {
      return false;
    }
    char gender = discourse.gender(entity);
    return !(FEMININE.contains(pronoun) && gender == 'm') && !(MASCULINE.contains(pronoun) && gender == 'f');
  }

  /**
   * Whether a preposition ("à l'AFP", "sur Europe 1", "to CNN") introduces the mention at {@code start}: it is then an
   * oblique, not the subject ("déclare à l'AFP Jean Dupont").
   */
  private static boolean afterPreposition(String text, int from, int start) {
    List<Word> before = wordsBefore(text, from, start);
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - 2); i--) {
      String key = before.get(i).key();
      if (PREPOSITIONS.contains(key)) {
        return true;
      }
      if (!Lexicon.DETERMINERS.contains(key)) {
        return false;
      }
    }
    return false;
  }

  /** Whether the mention at {@code start} completes a noun ("le maire de Brivelle"): then it is not the subject. */
  private static boolean isComplement(String text, int from, int start) {
    List<Word> before = wordsBefore(text, Math.max(from, start - 30), start);
    if (before.isEmpty() || !text.substring(before.get(before.size() - 1).end(), start).isBlank()) {
      return false;
    }
    return Set.of("de", "du", "des", "d'", "of").contains(before.get(before.size() - 1).key());
  }

  /**
   * The words between {@code from} and a mention at {@code start}, an elided determiner or preposition right before it
   * included ("à l'AFP" ends with "l'", which a region ending at the name would read as "l").
   */
  private static List<Word> wordsBefore(String text, int from, int start) {
    List<Word> words = Words.of(text, from, Math.min(text.length(), start + 1));
    return words.isEmpty() || words.get(words.size() - 1).end() <= start ? words
        : words.subList(0, words.size() - 1);
  }

  /**
   * Nothing but a few words, or an apposition between commas, between a subject and its verb; a parenthesis
   * ("(D-Wis.)") does not count.
   */
  private static boolean closeEnough(String between) {
    String rest = PARENTHESES.matcher(between).replaceAll(" ").strip();
    if (rest.startsWith(",")) {
      int close = rest.lastIndexOf(',');
      if (close > 0) {
        rest = rest.substring(close + 1);
      }
    }
    for (char c : rest.toCharArray()) {
      if (CLAUSE_END.indexOf(c) >= 0) {
        return false;
      }
    }
    return Words.of(rest).size() <= MAX_WORDS_BEFORE_VERB;
  }

  /** "Le gouvernement iranien" opening the clause that ends at {@code end}. */
  private Optional<Who> phraseBefore(int from, int end) {
    String text = discourse.text;
    int start = end;
    while (start > from && CLAUSE_END.indexOf(text.charAt(start - 1)) < 0 && text.charAt(start - 1) != ',') {
      start--;
    }
    List<Word> words = Words.of(text, start, end);
    if (words.size() < 2 || words.size() > MAX_PHRASE_WORDS + 1
        || !Lexicon.DETERMINERS.contains(words.get(0).key())) {
      return Optional.empty();
    }
    for (Word word : words) {
      if (Set.of("que", "qu'", "qui", "that", "who").contains(word.key())) {
        return Optional.empty();
      }
    }
    return phrase(words, 0, words.size(), text);
  }

  /**
   * A noun phrase from the determiner at {@code determiner} up to {@code end} (exclusive), without it; in French, the
   * entity a phrase that is no title refers back to when {@link Descriptions} finds one ("a poursuivi l'expert", "a
   * indiqué leur direction").
   */
  private Optional<Who> phrase(List<Word> words, int determiner, int end, String text) {
    for (int k = determiner + 2; k < end; k++) {
      if (text.substring(words.get(k - 1).end(), words.get(k).start()).contains(",")) {
        end = k; // "le ministre de l'Environnement, dans un bref communiqué": the phrase stops at the comma
        break;
      }
    }
    if (end - determiner < 2) {
      return Optional.empty();
    }
    Word head = words.get(determiner + 1);
    boolean titled = Lexicon.titleAt(words, determiner + 1) > 0;
    if (head.isCapitalised() && !titled || Speakers.isPronoun(head.key())) {
      return Optional.empty(); // a name the tagger did not tag is no safer to guess at than no speaker
    }
    int start = head.start();
    int stop = words.get(end - 1).end();
    if ("fr".equals(discourse.language) && !titled) { // a title stays one: the annotator binds it to a name later
      Optional<Entity> referent = descriptions.resolve(head.text(), head.start());
      if (referent.isPresent()) {
        return Optional.of(entity(referent.get(), start, stop));
      }
    }
    return Optional.of(new Who(Folding.spaces(text.substring(start, stop)), null, start, stop, titled));
  }

  private static int clauseEnd(String text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (CLAUSE_END.indexOf(c) >= 0 && !(c == '.' && isAbbreviation(text, i))) {
        return i;
      }
    }
    return limit;
  }

  /** A dot after a short capitalised word or a single letter: "M.", "Rep.", "G.K.". */
  private static boolean isAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    int length = dot - start;
    return length >= 1 && length <= 3 && Character.isUpperCase(text.charAt(start));
  }
}
