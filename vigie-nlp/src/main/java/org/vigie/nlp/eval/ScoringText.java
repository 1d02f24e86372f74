package org.vigie.nlp.eval;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.text.Folding;

/**
 * The string comparisons of the guidelines' scoring: folding (NFKD, combining marks removed, ’ and ‘ as ', lower
 * case, white space runs as one space), the words of a folded string (its {@code \w+} runs, Unicode letters and
 * digits included) and word overlap (Jaccard over word sets).
 */
public final class ScoringText {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHORTEST_CONTENT_WORD = 4;

  private ScoringText() {}

  /**
   * The folded form: {@link Folding#key} (marks removed, ligatures spelled out, ’ and ‘ unified, white space
   * collapsed, lower case) after NFKD, the guidelines' addition (compatibility forms such as "ﬁ" fold to letters).
   */
  public static String fold(String text) {
    return Folding.key(Normalizer.normalize(text, Normalizer.Form.NFKD));
  }

  /** The distinct words of the folded text, in order. */
  public static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    Matcher matcher = WORD.matcher(fold(text));
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  /**
   * The words of {@link #words} of four letters or more: what the error breakdowns take as content words (French and
   * English articles and most prepositions are shorter), so that "de" or "la" alone never relates two texts.
   */
  public static Set<String> contentWords(String text) {
    Set<String> words = words(text);
    words.removeIf(word -> word.length() < SHORTEST_CONTENT_WORD);
    return words;
  }

  /** |A ∩ B| / |A ∪ B| over the two texts' word sets; 0 when both have no word. */
  public static double overlap(String a, String b) {
    Set<String> left = words(a);
    Set<String> right = words(b);
    Set<String> union = new LinkedHashSet<>(left);
    union.addAll(right);
    if (union.isEmpty()) {
      return 0;
    }
    long common = left.stream().filter(right::contains).count();
    return (double) common / union.size();
  }

  /** Whether the folded texts are equal. */
  public static boolean same(String a, String b) {
    return fold(a).equals(fold(b));
  }

  /** The last word of the folded text, or empty when it has none. */
  public static String lastWord(String text) {
    String last = "";
    Matcher matcher = WORD.matcher(fold(text));
    while (matcher.find()) {
      last = matcher.group();
    }
    return last;
  }
}
