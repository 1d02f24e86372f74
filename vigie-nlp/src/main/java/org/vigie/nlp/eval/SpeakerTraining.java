package org.vigie.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.AnalyzedArticle;
import org.vigie.nlp.quotes.QuoteAnnotator;
import org.vigie.nlp.quotes.QuoteAnnotator.SpeakerChoice;
import org.vigie.nlp.quotes.SpeakerRanker;

/**
 * Learns the {@link SpeakerRanker} from gold quotes: each gold quote is matched to a quote the rules find (as {@link
 * WhoScorer} matches them), and each of that quote's candidate speakers is labelled right or wrong by the scoring's
 * own rule. Cross-validation by article tells what the ranker is worth on articles it did not learn from, next to
 * the rules' answer on the same quotes; both count every gold quote, as the speaker accuracy of {@code eval who}.
 */
public final class SpeakerTraining {
  private final List<Article> articles = new ArrayList<>();
  private final List<Article> extra = new ArrayList<>();

  /** One article's matched quotes, and how many gold quotes it has. */
  private record Article(String id, List<List<double[]>> candidates, List<boolean[]> right, int gold,
      List<String> quotes, List<List<String>> names) {}

  /** Adds an article and its gold, learned from and cross-validated on. */
  public void add(GoldArticle gold, AnalyzedArticle analysed) {
    articles.add(article(gold, analysed));
  }

  /** Adds an article and its gold that every fold learns from and none is scored on (the seeds' gold). */
  public void addToEveryFold(GoldArticle gold, AnalyzedArticle analysed) {
    extra.add(article(gold, analysed));
  }

  private static Article article(GoldArticle gold, AnalyzedArticle analysed) {
    List<SpeakerChoice> choices = QuoteAnnotator.choices(analysed);
    boolean[] used = new boolean[choices.size()];
    List<List<double[]>> candidates = new ArrayList<>();
    List<boolean[]> right = new ArrayList<>();
    List<String> quotes = new ArrayList<>();
    List<List<String>> names = new ArrayList<>();
    String text = analysed.text();
    for (GoldQuote quote : gold.quotes()) {
      int best = -1;
      double bestOverlap = 0;
      for (int i = 0; i < choices.size(); i++) {
        double overlap = used[i] ? -1
            : ScoringText.overlap(quote.text(), text.substring(choices.get(i).start(), choices.get(i).end()));
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0 || bestOverlap < 0.5) {
        continue;
      }
      used[best] = true;
      SpeakerChoice choice = choices.get(best);
      boolean[] labels = new boolean[choice.names().size()];
      for (int c = 0; c < labels.length; c++) {
        labels[c] = WhoScorer.speakerRight(quote, choice.names().get(c), gold.entities());
      }
      candidates.add(choice.features());
      right.add(labels);
      quotes.add(shown(quote.text()) + " (gold " + quote.speaker() + ")");
      names.add(choice.names().stream().map(name -> name == null ? "nobody" : name).toList());
    }
    return new Article(gold.id(), candidates, right, gold.quotes().size(), quotes, names);
  }

  /** The figures of a training run: gold quotes, right by the rules, right by the ranker out of fold. */
  public record Figures(int articles, int extraArticles, int gold, int matched, int reachable, int rules, int ranked, int folds,
      double l2, List<String> misses) {
    public Figures {
      misses = List.copyOf(misses);
    }

    public List<String> lines() {
      return List.of(
          "articles " + articles + (extraArticles > 0 ? " cross-validated, " + extraArticles + " in every fold" : ""),
          "gold quotes " + gold + ", found by the rules " + matched + ", with a right candidate " + reachable,
          String.format(java.util.Locale.ROOT, "speaker accuracy, rules %.3f (%d/%d)", (double) rules / gold, rules,
              gold),
          String.format(java.util.Locale.ROOT,
              "speaker accuracy, ranker (l2 %s) cross-validated over %d folds %.3f (%d/%d)", l2, folds,
              (double) ranked / gold, ranked, gold));
    }
  }

  /**
   * Cross-validates over {@code folds} folds of articles (article i in fold i mod folds).
   *
   * @param l2 the penalty on the squared weights
   */
  public Figures crossValidate(int folds, double l2) {
    int gold = 0;
    int matched = 0;
    int reachable = 0;
    int rules = 0;
    int ranked = 0;
    List<String> misses = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<List<double[]>> trainCandidates = new ArrayList<>();
      List<boolean[]> trainRight = new ArrayList<>();
      for (Article article : extra) {
        trainCandidates.addAll(article.candidates());
        trainRight.addAll(article.right());
      }
      for (int a = 0; a < articles.size(); a++) {
        if (a % folds != fold) {
          trainCandidates.addAll(articles.get(a).candidates());
          trainRight.addAll(articles.get(a).right());
        }
      }
      SpeakerRanker ranker = SpeakerRanker.train(trainCandidates, trainRight, l2);
      for (int a = fold; a < articles.size(); a += folds) {
        Article article = articles.get(a);
        gold += article.gold();
        for (int q = 0; q < article.candidates().size(); q++) {
          List<double[]> candidates = article.candidates().get(q);
          boolean[] right = article.right().get(q);
          matched++;
          reachable += anyRight(right) ? 1 : 0;
          int rule = ruleChoice(candidates);
          int chosen = ranker.choose(candidates);
          rules += right[rule] ? 1 : 0;
          ranked += right[chosen] ? 1 : 0;
          if (!right[rule] || !right[chosen]) {
            List<String> names = article.names().get(q);
            StringBuilder line = new StringBuilder(article.id() + ": «" + article.quotes().get(q) + "; rules "
                + names.get(rule) + ", ranker " + names.get(chosen) + "; candidates");
            for (int c = 0; c < names.size(); c++) {
              line.append(c == 0 ? " " : ", ").append(right[c] ? "+" : "").append(names.get(c));
            }
            misses.add(line.toString());
          }
        }
      }
    }
    return new Figures(articles.size(), extra.size(), gold, matched, reachable, rules, ranked, folds, l2, misses);
  }

  /**
   * Learns the ranker from every article added and writes its weights, after {@code notes} as comments.
   *
   * @param l2 the penalty on the squared weights
   */
  public void write(java.nio.file.Path file, double l2, List<String> notes) throws java.io.IOException {
    train(l2).write(file, notes);
  }

  private SpeakerRanker train(double l2) {
    List<List<double[]>> candidates = new ArrayList<>();
    List<boolean[]> right = new ArrayList<>();
    for (Article article : java.util.stream.Stream.concat(articles.stream(), extra.stream()).toList()) {
      candidates.addAll(article.candidates());
      right.addAll(article.right());
    }
    return SpeakerRanker.train(candidates, right, l2);
  }

  private static int ruleChoice(List<double[]> candidates) {
    int rule = SpeakerRanker.featureIndex("rule");
    for (int c = 0; c < candidates.size(); c++) {
      if (candidates.get(c)[rule] > 0) {
        return c;
      }
    }
    return candidates.size() - 1;
  }

  private static String shown(String text) {
    return text.length() <= 80 ? text + "»" : text.substring(0, 80) + "…»";
  }

  private static boolean anyRight(boolean[] right) {
    for (boolean r : right) {
      if (r) {
        return true;
      }
    }
    return false;
  }
}
