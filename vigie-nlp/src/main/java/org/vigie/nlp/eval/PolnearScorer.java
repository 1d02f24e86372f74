package org.vigie.nlp.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.nlp.eval.PolnearCorpus.GoldQuote;

/**
 * English direct quotes scored against PolNeAR. A gold quote is found when a system direct quote covers at least
 * half of its characters, and found exactly when the spans agree. Its speaker is right when the system speaker's
 * entity has a mention inside the gold Source span, or the speaker's last word is a word of the Source. Speaker
 * accuracy counts the found quotes whose Source is named (not a pronoun: he, she, they, I, we, it), as CoreNLP's
 * attribution is usually measured; pronoun sources are counted apart.
 */
public final class PolnearScorer {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");

  private PolnearScorer() {}

  /** The counts of one article or of several added up. */
  public record Tally(int gold, int found, int exact, int named, int namedRight, int pronoun, int pronounResolved,
      int systemDirect, int systemMatched) {
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Tally plus(Tally other) {
      return new Tally(gold + other.gold, found + other.found, exact + other.exact, named + other.named,
          namedRight + other.namedRight, pronoun + other.pronoun, pronounResolved + other.pronounResolved,
          systemDirect + other.systemDirect, systemMatched + other.systemMatched);
    }

    /** "direct quote recall 0.966 (4368/4524)", exact spans, named speakers, pronoun sources, system quotes. */
    public List<String> figures() {
      return List.of(
          figure("direct quote recall", found, gold),
          figure("exact spans", exact, gold),
          figure("speaker accuracy where the source is named", namedRight, named),
          figure("pronoun sources given an entity", pronounResolved, pronoun),
          figure("system direct quotes matching a gold one", systemMatched, systemDirect));
    }

    private static String figure(String name, int part, int whole) {
      return String.format(Locale.ROOT, "%s %.3f (%d/%d)", name, whole == 0 ? 0.0 : (double) part / whole, part,
          whole);
    }
  }

  /** One article's counts and misses. */
  public record ArticleScore(String id, Tally tally, List<Miss> misses) {
    public ArticleScore {
      misses = List.copyOf(misses);
    }
  }

  /**
   * Scores one article analysed as an article with an empty title, so that its text is the gold's text after
   * {@code shift} characters (the blank line after the empty title).
   */
  public static ArticleScore score(PolnearCorpus.GoldArticle gold, AnalyzedArticle predicted, int shift) {
    List<Quote> direct = predicted.quotes().stream().filter(Quote::direct).toList();
    Set<Quote> matched = new HashSet<>();
    List<Miss> misses = new ArrayList<>();
    int found = 0;
    int exact = 0;
    int named = 0;
    int namedRight = 0;
    int pronoun = 0;
    int pronounResolved = 0;
    for (GoldQuote quote : gold.quotes()) {
      Quote best = null;
      for (Quote candidate : direct) {
        int overlap = Math.min(candidate.end() - shift, quote.end()) - Math.max(candidate.start() - shift,
            quote.start());
        if (overlap * 2 >= quote.end() - quote.start()) {
          best = candidate;
        }
      }
      String shown = shown(gold.text().substring(quote.start(), quote.end()));
      if (best == null) {
        misses.add(new Miss(Miss.Kind.MISSED_QUOTE, "«" + shown + "» (" + quote.source() + ")"));
        continue;
      }
      found++;
      matched.add(best);
      if (best.start() - shift == quote.start() && best.end() - shift == quote.end()) {
        exact++;
      }
      if (PRONOUNS.contains(quote.source().toLowerCase(Locale.ROOT).strip())) {
        pronoun++;
        pronounResolved += best.speaker() != null && best.speaker().entity() != null ? 1 : 0;
        continue;
      }
      named++;
      if (speakerRight(predicted, best, quote, shift)) {
        namedRight++;
      } else {
        misses.add(new Miss(Miss.Kind.WRONG_SPEAKER, "«" + shown + "» gold " + quote.source().strip()
            + ", predicted " + (best.speaker() == null ? null : best.speaker().name())));
      }
    }
    Tally tally = new Tally(gold.quotes().size(), found, exact, named, namedRight, pronoun, pronounResolved,
        direct.size(), matched.size());
    return new ArticleScore(gold.id(), tally, misses);
  }

  private static boolean speakerRight(AnalyzedArticle predicted, Quote quote, GoldQuote gold, int shift) {
    if (quote.speaker() == null) {
      return false;
    }
    String name = quote.speaker().name().strip();
    String lastWord = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (!lastWord.isEmpty() && Pattern.compile("\\b" + Pattern.quote(lastWord) + "\\b")
        .matcher(gold.source().toLowerCase(Locale.ROOT)).find()) {
      return true;
    }
    for (Entity entity : predicted.entities()) {
      if (entity.id().equals(quote.speaker().entity())) {
        for (Mention mention : entity.mentions()) {
          if (mention.start() - shift >= gold.sourceStart() && mention.end() - shift <= gold.sourceEnd()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String shown(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= 100 ? flat : flat.substring(0, 100) + "…";
  }
}
