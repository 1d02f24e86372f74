package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.NamedMention;
import org.vigie.nlp.lexicon.FrenchLemmas;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.nlp.lexicon.Word;
import org.vigie.nlp.lexicon.Words;
import org.vigie.text.Folding;

/**
 * Fixes the tagger's usual mistakes on news text before mentions are grouped. Spans only shrink, except to take in
 * the noun that opens a place name, and always stay exact offsets into the text:
 *
 * <ul>
 *   <li>a span running over a quotation mark or a paragraph break ends before it, and one ending with an elided
 *       clitic ("Wikimédia France s'") ends before that;
 *   <li>a dateline glued to the first sentence ("PORT-ARDENT – La ministre") keeps only the dateline, a place;
 *   <li>a leading determiner or preposition leaves the span ("la Chine" becomes "Chine", "au Caire" "Caire"), when
 *       a capital follows it, except on person names ("Le Pen");
 *   <li>a capital tagged as a person ("Washington souhaite") is a place: it stands for a government;
 *   <li>job titles ("ministre iranien des Affaires étrangères", "secrétaire d'État"), portfolios after a title
 *       ("Affaires étrangères" after "ministre des") and "État" after "d'" are dropped: they are part of roles;
 *   <li>demonyms ("Iraniens", "les Américains") are dropped rather than kept as MISC: they name peoples, which
 *       Vigie does not track as entities, and a MISC entity per people would only clutter the actors' list;
 *   <li>a social network after "sur" or "on" ("sur X") is dropped;
 *   <li>a one-word place that is a common noun with a capital after "de", "du" or "des" ("droits de l'Homme") is
 *       dropped;
 *   <li>place names take the lower-case noun that opens them and are places ({@link PlaceNames}: "rue Georges
 *       Auric", "pont Mathilde" and "Rouen" in "pont Mathilde de Rouen");
 *   <li>persons the tagger missed after a courtesy title ("M. Dupont"), a title ("le porte-parole Jean Dupont")
 *       or a speech verb ("a déclaré Jean Dupont") are added: two or three capitalised words;
 *   <li>names listed together take the type most of their list shares ({@link ListTypes}).
 * </ul>
 */
final class MentionCorrector {
  private static final Pattern DATELINE_DASH = Pattern.compile("\\s[–—-]\\s");
  /**
   * A determiner, or a preposition in lower case with or without its article ("au Caire", "de la France"), opening a
   * span; a capitalised "De" or "Du" belongs to the name ("De Gaulle").
   */
  private static final Pattern LEADING_DETERMINER = Pattern.compile(
      "^(?:(?-i:au|aux|du|des|de|d['’]|à|en)\\s*)?(?:les|la|le|l['’]|the)?(?:\\s+|(?<=['’]))", Pattern.CASE_INSENSITIVE);
  /** An ordinal century in Roman numerals ("XIXe", "Ier"), alone or after "du" / "au" at the end of a span. */
  private static final Pattern CENTURY =
      Pattern.compile("(?:^|\\s+(?:du|au|des)\\s+)[IVXLC]+(?:e|er|ème|eme)(?:\\s+siècle)?$");
  private static final Pattern ELIDED_DE_BEFORE = Pattern.compile("(?:^|\\s)d['’]\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ON_NETWORK = Pattern.compile("(?:^|\\s)(?:sur|on)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PLURAL_DETERMINER = Pattern.compile("(?:^|\\s)(?:les|des|aux|the)\\s+$",
      Pattern.CASE_INSENSITIVE);
  /** An elided clitic or article ending a span ("s'", "qu'", "d'"): it belongs to the words after the name. */
  private static final Pattern TRAILING_ELISION = Pattern.compile("\\s+\\p{Ll}{1,2}['’]$");
  /** "de", "du", "des", "de la", "de l'" right before a span, in lower case: the span is a noun's complement. */
  private static final Pattern COMPLEMENT_BEFORE =
      Pattern.compile("(?:^|\\s)(?:du|des|de|d['’]|de\\s+la|de\\s+l['’])(?:\\s+|(?<=['’]))$");
  /**
   * A definite article in lower case right before a span ("le", "la", "l'", "les", "au", "du", "aux", "des"): case
   * sensitive, since a capitalised article inside a sentence belongs to a name ("Le Monde").
   */
  private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?:^|\\s)(?:le|la|les|au|aux|du|des|l['’])\\s*$");
  private static final List<String> NETWORKS = List.of("x", "twitter", "facebook", "telegram", "instagram", "tiktok",
      "truth social", "bluesky");
  private static final List<String> COMPLEMENT_LINKS = List.of("des", "du", "de", "d'", "of");
  private static final Pattern COURTESY_NAME = Pattern.compile(
      "\\b(?:M\\.|Mme|Mlle|Mr\\.?|Mrs\\.?|Ms\\.?)\\s+(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?)");
  private static final Pattern CAPITALISED_NAME =
      Pattern.compile("\\p{Lu}[\\p{Ll}’'-]+(?:\\s+(?:al-|el-|ben |bin |de |van |von )?\\p{Lu}[\\p{L}’'-]+){1,2}");

  private MentionCorrector() {}

  static List<NamedMention> correct(String text, List<NamedMention> mentions) {
    List<NamedMention> corrected = new ArrayList<>();
    for (NamedMention named : mentions) {
      fix(text, named).ifPresent(corrected::add);
    }
    corrected = surnamesAsPersons(PlaceNames.apply(text, corrected));
    corrected.addAll(missedPersons(text, corrected));
    corrected.sort(Comparator.comparingInt((NamedMention named) -> named.mention().start())
        .thenComparingInt(named -> named.mention().end()));
    return ListTypes.apply(text, corrected).stream()
        .filter(named -> !isCommonNounAsPlace(text, named) && !isCommonNounAfterArticle(text, named)).toList();
  }

  /**
   * A one-word place that is a common noun with a capital in the complement of another noun ("droits de l'Homme",
   * "ministère de la Défense", the "Sud" of "Afrique du Sud" cut from its name); after an article it may name a
   * region by itself ("dans le Golfe"). Checked after {@link ListTypes}: "Millet" among painters is a person.
   */
  private static boolean isCommonNounAsPlace(String text, NamedMention named) {
    Mention mention = named.mention();
    String before = text.substring(Math.max(0, mention.start() - 10), mention.start());
    return named.type() == EntityType.LOCATION && Words.of(mention.text()).size() == 1
        && FrenchLemmas.isCapitalisedCommonNoun(mention.text()) && COMPLEMENT_BEFORE.matcher(before).find();
  }

  /**
   * A one-word place or organisation that is a common noun with a capital after a lower-case article ("vers le
   * Nord", "reçoit la Défense", "le Forum court"): a common noun used as a name for emphasis, not a proper name.
   * Nouns that head institutions or places are kept: used alone with a capital they name one referent ("le
   * Sénat", "la Commission", "dans le Golfe"). Persons are kept: surnames may be common nouns.
   */
  private static boolean isCommonNounAfterArticle(String text, NamedMention named) {
    Mention mention = named.mention();
    if (named.type() == EntityType.PERSON || Words.of(mention.text()).size() != 1
        || !FrenchLemmas.isCapitalisedCommonNoun(mention.text())) {
      return false;
    }
    String key = Folding.key(mention.text());
    if (Lexicon.ORGANISATION_HEADS.contains(key) || Lexicon.PLACE_HEADS.contains(key)
        || Lexicon.ORGANISATION_NOUNS.containsKey(key)) {
      return false;
    }
    return ARTICLE_BEFORE.matcher(text.substring(Math.max(0, mention.start() - 10), mention.start())).find();
  }

  private static Optional<NamedMention> fix(String text, NamedMention named) {
    int start = named.mention().start();
    int end = named.mention().end();
    EntityType type = named.type();
    for (int i = start; i < end; i++) {
      if ("«»“”\"".indexOf(text.charAt(i)) >= 0 || text.startsWith("\n\n", i)) {
        end = i; // a name never runs over a quotation mark or a paragraph break
        break;
      }
    }
    Matcher dash = DATELINE_DASH.matcher(text.substring(start, end));
    if (dash.find()) {
      end = start + dash.start();
    }
    if (isUpperCase(text.substring(start, end)) && DATELINE_DASH.matcher(text).region(end, text.length())
        .lookingAt()) {
      type = EntityType.LOCATION; // "PORT-ARDENT – La ministre ...": a dateline names a place
    }
    int name = nameAfterTitle(text, start, end);
    if (name < 0) {
      return Optional.empty();
    }
    start = name;
    if (type != EntityType.PERSON) {
      Matcher determiner = LEADING_DETERMINER.matcher(text.substring(start, end));
      if (determiner.find() && determiner.end() > 0 && determiner.end() < end - start
          && Character.isUpperCase(text.codePointAt(start + determiner.end()))) {
        start += determiner.end();
      }
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    Matcher elision = TRAILING_ELISION.matcher(text.substring(start, end));
    if (elision.find()) {
      end = start + elision.start(); // "Wikimédia France s'est ...": the clitic opens the verb
    }
    if (end <= start) {
      return Optional.empty();
    }
    String surface = text.substring(start, end);
    String key = Folding.key(surface);
    String before = text.substring(Math.max(0, start - 60), start);
    if (isTitle(surface) || (Lexicon.PORTFOLIOS.contains(key) && isTitleComplement(before)) || (key.equals("etat") && ELIDED_DE_BEFORE.matcher(before)
        .find())) {
      return Optional.empty();
    }
    if (Lexicon.DEMONYMS.contains(key) || (type != EntityType.PERSON && key.endsWith("s") && !key.contains(" ")
        && PLURAL_DETERMINER.matcher(before).find() && looksLikeDemonym(key))) {
      return Optional.empty();
    }
    if (NETWORKS.contains(key) && ON_NETWORK.matcher(before).find()) {
      return Optional.empty();
    }
    Matcher century = CENTURY.matcher(surface);
    if (century.find()) {
      if (century.start() == 0) {
        return Optional.empty(); // "XIXe": a century, no name
      }
      end = start + century.start(); // "Toscane du Xe"
      surface = text.substring(start, end);
      key = Folding.key(surface);
    }
    if (type != EntityType.PERSON && !surface.contains(" ") && FrenchLemmas.isCapitalisedAdjective(surface)) {
      return Optional.empty(); // "la Polonaise", "les Étrusques": an adjective or a people, not a place
    }
    if (type == EntityType.PERSON && Lexicon.countryOfCapital(key).isPresent()) {
      type = EntityType.LOCATION;
    }
    if (type == EntityType.LOCATION && headedByOrganisationNoun(surface)) {
      type = EntityType.ORGANIZATION; // "Cour constitutionnelle", "Université Bordeaux II" are institutions
    }
    return Optional.of(new NamedMention(new Mention(start, end, surface), type));
  }

  /**
   * Where the name starts in a span that opens with a capitalised title: "President Barack Obama" gives the start
   * of "Barack Obama"; a span of only a title and its complements ("Premier ministre") gives -1; a span that does
   * not open with a capitalised title gives its own start.
   */
  private static int nameAfterTitle(String text, int start, int end) {
    List<Word> words = Words.of(text, start, end);
    if (words.isEmpty() || !words.get(0).isCapitalised() || Lexicon.titleAt(words, 0) == 0) {
      return start;
    }
    int i = Lexicon.titleAt(words, 0);
    if (i >= words.size()) {
      return -1;
    }
    return words.get(i).isCapitalised() && Lexicon.titleAt(words, i) == 0 ? words.get(i).start() : start;
  }

  /** A span whose first word is a title is a role, not a name: "ministre iranien des Affaires étrangères". */
  private static boolean isTitle(String surface) {
    List<Word> words = Words.of(surface);
    return !words.isEmpty() && Lexicon.titleAt(words, 0) > 0 && !words.get(0).isCapitalised();
  }

  /** Whether the text before a span ends with a title and a link ("ministre des", "secretary of"). */
  private static boolean isTitleComplement(String before) {
    List<Word> words = Words.of(before);
    int last = words.size() - 1;
    if (last < 0 || !COMPLEMENT_LINKS.contains(words.get(last).key())
        || !before.substring(words.get(last).end()).isBlank()) {
      return false;
    }
    for (int i = Math.max(0, last - 3); i < last; i++) {
      if (Lexicon.titleAt(words, i) > 0) {
        return true;
      }
    }
    return false;
  }

  /** A French name opening, or an English name closing, with an institution noun. */
  private static boolean headedByOrganisationNoun(String surface) {
    List<Word> words = Words.of(surface);
    return words.size() >= 2 && (Lexicon.ORGANISATION_HEADS.contains(words.get(0).key())
        || (words.get(words.size() - 1).isCapitalised()
            && Lexicon.ORGANISATION_HEADS.contains(words.get(words.size() - 1).key())));
  }

  private static boolean looksLikeDemonym(String key) {
    return key.endsWith("iens") || key.endsWith("iennes") || key.endsWith("ains") || key.endsWith("aines")
        || key.endsWith("ais") || key.endsWith("aises") || key.endsWith("ois") || key.endsWith("oises")
        || key.endsWith("ans");
  }

  private static boolean isUpperCase(String text) {
    return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
  }

  /**
   * A one-word place (or MISC) that is the last word of a person's full name in the same article is that
   * person's surname ("Nick De Santis" ... "Santis"; "Arnaud Montebourg" ... "Montebourg").
   */
  private static List<NamedMention> surnamesAsPersons(List<NamedMention> mentions) {
    Set<String> surnames = new HashSet<>();
    for (NamedMention named : mentions) {
      List<Word> words = Words.of(named.mention().text());
      if (named.type() == EntityType.PERSON && words.size() >= 2) {
        surnames.add(words.get(words.size() - 1).key());
      }
    }
    List<NamedMention> retyped = new ArrayList<>();
    for (NamedMention named : mentions) {
      List<Word> words = Words.of(named.mention().text());
      // an organisation keeps its type: a firm may bear its founder's name ("le groupe Araghchi")
      boolean surname = (named.type() == EntityType.LOCATION || named.type() == EntityType.MISC) && words.size() == 1
          && surnames.contains(words.get(0).key()) && Lexicon.countryOfCapital(words.get(0).key()).isEmpty();
      retyped.add(surname ? new NamedMention(named.mention(), EntityType.PERSON) : named);
    }
    return retyped;
  }

  /** Persons after a courtesy title or a title that no mention covers yet. */
  private static List<NamedMention> missedPersons(String text, List<NamedMention> found) {
    List<NamedMention> added = new ArrayList<>();
    Matcher courtesy = COURTESY_NAME.matcher(text);
    while (courtesy.find()) {
      addIfFree(text, courtesy.start(), courtesy.end(), found, added);
    }
    Matcher name = CAPITALISED_NAME.matcher(text);
    while (name.find()) {
      List<Word> before = Words.of(text, Math.max(0, name.start() - 40), name.start());
      String gap = before.isEmpty() ? "" : text.substring(before.get(before.size() - 1).end(), name.start());
      String previous = before.isEmpty() ? "" : before.get(before.size() - 1).key();
      boolean afterTitleOrCue = Lexicon.TITLES.contains(previous) || Lexicon.FRENCH_CUES.contains(previous)
          || Lexicon.ENGLISH_CUES.contains(previous);
      if (afterTitleOrCue && gap.isBlank() && !gap.contains("\n")
          && Lexicon.countryOfCapital(Folding.key(name.group())).isEmpty()
          && !Lexicon.ALIASES.containsKey(Folding.key(name.group()))) {
        addIfFree(text, name.start(), name.end(), found, added);
      }
    }
    return added;
  }

  private static void addIfFree(String text, int start, int end, List<NamedMention> found, List<NamedMention> added) {
    for (List<NamedMention> list : List.of(found, added)) {
      for (NamedMention other : list) {
        if (other.mention().start() < end && start < other.mention().end()) {
          return;
        }
      }
    }
    added.add(new NamedMention(new Mention(start, end, text.substring(start, end)), EntityType.PERSON));
  }
}
