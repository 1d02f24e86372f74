package org.vigie.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigie.nlp.lexicon.Lexicon;
import org.vigie.text.Folding;

/**
 * Recognises speech verb phrases from the lexicon's cue lists. French phrases may carry an auxiliary, adverbs and
 * an inverted pronoun ("a-t-il ajouté", "s'est-elle félicitée", "a également précisé"); English ones an auxiliary
 * ("has said").
 */
final class Cues {
  private static final String FRENCH_AUXILIARY = "(?:n['’])?(?:a-t-(?:il|elle|on)|ont-(?:ils|elles)|avait-(?:il|elle)"
      + "|a|ont|avait|avaient|aurait|auraient|s['’]est(?:-(?:il|elle))?|se sont(?:-(?:ils|elles))?|s['’]était"
      + "|s['’]étaient)\\s+(?:(?:encore|aussi|également|ensuite|alors|déjà|enfin|notamment|clairement|fermement"
      + "|publiquement|pour sa part|de son côté|de leur côté|quant à lui|quant à elle|à son tour|lui aussi|elle aussi)\\s+)*";
  private static final String ENGLISH_AUXILIARY = "(?:has|have|had)\\s+";
  private static final Pattern INVERTED_PRONOUN = Pattern.compile("-(?:t-)?(il|elle|ils|elles|on)\\b");

  static final Cues FRENCH = french(Cues::verbTrie);
  static final Cues ENGLISH = english(Cues::verbTrie);

  private final Pattern pattern;

  private Cues(String auxiliary, String verbs, String agreement, String inversion) {
    this.pattern = Pattern.compile("(?<![\\p{L}\\p{M}'’-])(?:" + auxiliary + ")?(?:" + verbs + ")" + agreement
        + inversion + "(?![\\p{L}\\p{M}-])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The French cues, the verbs written as {@code verbs} makes them into one regex. */
  static Cues french(Function<Set<String>, String> verbs) {
    return new Cues(FRENCH_AUXILIARY, verbs.apply(Lexicon.FRENCH_CUES), "(?:e|es)?",
        "(?:-(?:t-)?(?:il|elle|ils|elles|on))?");
  }

  /** The English cues, the verbs written as {@code verbs} makes them into one regex. */
  static Cues english(Function<Set<String>, String> verbs) {
    return new Cues(ENGLISH_AUXILIARY, verbs.apply(Lexicon.ENGLISH_CUES), "", "");
  }

  /** The verbs as a flat alternation, longest first: the plain form {@link #verbTrie} must match as. */
  static String verbList(Set<String> verbs) {
    return verbs.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Cues::accentInsensitive)
        .collect(Collectors.joining("|"));
  }

  /**
   * The verbs as a trie of shared prefixes ("d(?:[eéèêë]clar...|it)"): the regex engine then follows the text
   * through one branch instead of trying every verb at every word. It matches as {@link #verbList} does: the
   * letters' accent classes are disjoint, so at most one path fits the text, and along it longer verbs are tried
   * before the shorter ones they extend, as in the longest-first list.
   */
  static String verbTrie(Set<String> verbs) {
    TrieNode root = new TrieNode();
    for (String verb : verbs) {
      TrieNode node = root;
      for (char c : verb.toCharArray()) {
        node = node.children.computeIfAbsent(c, key -> new TrieNode());
      }
      node.end = true;
    }
    return root.regex();
  }

  /** One node of {@link #verbTrie}: the chars that may follow, and whether a verb may end here. */
  private static final class TrieNode {
    private final Map<Character, TrieNode> children = new TreeMap<>();
    private boolean end;

    String regex() {
      List<String> branches = new ArrayList<>();
      children.forEach((c, child) -> branches.add(accentInsensitive(String.valueOf(c)) + child.regex()));
      if (branches.isEmpty()) {
        return "";
      }
      if (end) {
        branches.add(""); // a verb ends here, tried after the longer ones that continue it
      }
      return branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
    }
  }

  static Cues forLanguage(String language) {
    return "en".equals(language) ? ENGLISH : FRENCH;
  }

  /** Every cue between {@code from} and {@code to}, in text order. */
  List<Cue> findAll(String text, int from, int to) {
    List<Cue> cues = new ArrayList<>();
    Matcher matcher = pattern.matcher(text).region(from, to);
    while (matcher.find()) {
      cues.add(cue(text, matcher.start(), matcher.end()));
    }
    return cues;
  }

  /** The cue that starts exactly at {@code at}, if one does. */
  Optional<Cue> at(String text, int at, int to) {
    if (at >= to) {
      return Optional.empty();
    }
    Matcher matcher = pattern.matcher(text).region(at, to);
    return matcher.lookingAt() ? Optional.of(cue(text, matcher.start(), matcher.end())) : Optional.empty();
  }

  private static Cue cue(String text, int start, int end) {
    String phrase = Folding.spaces(text.substring(start, end));
    Matcher pronoun = INVERTED_PRONOUN.matcher(Folding.key(phrase));
    String inverted = pronoun.find() ? pronoun.group(1) : null;
    int space = phrase.indexOf(' ');
    String firstWord = Folding.key(space < 0 ? phrase : phrase.substring(0, space));
    return new Cue(start, end, phrase, inverted, firstWord.endsWith("ant") || firstWord.endsWith("ing"));
  }

  /** The verb with each letter matching every form that folds to it: "declare" matches "déclaré" and "DÉCLARÉ". */
  private static String accentInsensitive(String folded) {
    StringBuilder regex = new StringBuilder();
    for (char c : folded.toCharArray()) {
      if (c == ' ') {
        regex.append("\\s+");
      } else if (Character.isLetter(c)) {
        regex.append('[').append(Folding.variants(c)).append(']');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.toString();
  }

}
