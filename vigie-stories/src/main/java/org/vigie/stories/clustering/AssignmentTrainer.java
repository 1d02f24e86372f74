package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Story;
import org.vigie.stories.eval.ClusterScores;
import org.vigie.stories.eval.Folds;

/**
 * Learns an {@link AssignmentModel} from articles with gold stories, one model for every corpus given (languages,
 * full articles and headlines alike). Each corpus is streamed through an empty clusterer in canonical order, every
 * article joining its gold story; at each article the candidate stories the clusterer retrieves give one example
 * each (their {@link PairFeatures}, and which one is the gold story, if any). A {@link ConditionalLogit} is fitted
 * on the examples of all corpora: each article chooses among its candidates and starting a new story.
 *
 * <p>Weights are constrained in sign by what their feature means ({@link PairFeatures#signs}), and the one setting,
 * the L2 penalty, is chosen by cross-validation inside the training data: each corpus is cut into
 * {@value #INNER_FOLDS} {@link Folds} of whole topics, a model is fitted per penalty on all but one fold of every
 * corpus and scored (B-cubed F1) by clustering the held-out fold; the penalty with the best mean wins (the stronger
 * on ties). Data too small to cut takes {@value #DEFAULT_PENALTY}.
 */
public final class AssignmentTrainer {
  static final int INNER_FOLDS = 3;

  static final double DEFAULT_PENALTY = 10;
  /** The penalties tried, strongest first: ties go to the strongest. */
  private static final double[] PENALTIES = {100, 30, 10, 3, 1};

  private final ClusteringConfig config;
  private final FeatureExtractor extractor;
  /** Each article is extracted once, however many folds it is clustered in. */
  private final Map<AnalyzedArticle, ArticleFeatures> extracted = new IdentityHashMap<>();

  /** @param config the bounds under which the model will be used (its own model is not read) */
  public AssignmentTrainer(ClusteringConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.extractor = FeatureExtractor.of(config);
  }

  public AssignmentModel train(List<LabelledCorpus> corpora) {
    Examples all = examples(corpora);
    if (all.chosen == 0 || all.chosen == all.decisions) {
      throw new IllegalArgumentException("the gold stories give no " + (all.chosen == 0
          ? "story of two articles" : "article that starts a story") + ": nothing to learn from");
    }
    double[] inner = innerScores(corpora);
    double penalty = DEFAULT_PENALTY;
    if (inner != null) {
      int best = 0;
      for (int i = 1; i < PENALTIES.length; i++) {
        if (inner[i] > inner[best] + 1e-9) {
          best = i;
        }
      }
      penalty = PENALTIES[best];
    }
    ConditionalLogit.Fit fit = all.fit(penalty);
    List<String> notes = new ArrayList<>();
    notes.add("Vigie story assignment model: a conditional logit over pair features (vigie-stories/README.md).");
    notes.add(String.format(Locale.ROOT, "Trained on %s: %d decisions over %d candidate pairs.",
        names(corpora), all.decisions, all.rows.size()));
    notes.add("L2 penalty " + format(penalty) + (inner == null ? ": the default (too little data to cross-validate)."
        : ": the best of " + INNER_FOLDS + "-fold cross-validation by topic (B-cubed F1 "
            + String.format(Locale.ROOT, "%.3f", Arrays.stream(inner).max().orElse(0)) + ")."));
    return new AssignmentModel(fit.intercept(), fit.weights(), notes);
  }

  /** Clusters the articles with {@code model} under this trainer's bounds; the stories, in order. */
  List<Story> cluster(AssignmentModel model, List<AnalyzedArticle> articles) {
    IncrementalClusterer clusterer = new IncrementalClusterer(config.withModel(model));
    clusterer.addExtracted(features(articles));
    return clusterer.stories();
  }

  /**
   * The mean B-cubed F1 of each penalty over the inner folds (each corpus counting once per fold), or null when a
   * corpus has fewer stories than folds.
   */
  private double[] innerScores(List<LabelledCorpus> corpora) {
    List<List<Map<String, String>>> folds = new ArrayList<>();
    for (LabelledCorpus corpus : corpora) {
      Map<String, String> gold = corpus.analysedGold();
      if (gold.values().stream().distinct().count() < INNER_FOLDS) {
        return null;
      }
      folds.add(Folds.byTopic(gold, INNER_FOLDS));
    }
    double[] scores = new double[PENALTIES.length];
    for (int f = 0; f < INNER_FOLDS; f++) {
      List<LabelledCorpus> training = new ArrayList<>();
      List<LabelledCorpus> held = new ArrayList<>();
      for (int c = 0; c < corpora.size(); c++) {
        Map<String, String> rest = new HashMap<>(corpora.get(c).analysedGold());
        rest.keySet().removeAll(folds.get(c).get(f).keySet());
        training.add(corpora.get(c).restrictedTo(rest));
        held.add(corpora.get(c).restrictedTo(folds.get(c).get(f)));
      }
      Examples examples = examples(training);
      for (int p = 0; p < PENALTIES.length; p++) {
        ConditionalLogit.Fit fit = examples.fit(PENALTIES[p]);
        AssignmentModel model = new AssignmentModel(fit.intercept(), fit.weights(), List.of());
        for (LabelledCorpus corpus : held) {
          scores[p] += CrossValidation.score(articles -> cluster(model, articles), corpus).bcubedF1()
              / (INNER_FOLDS * held.size());
        }
      }
    }
    return scores;
  }

  private synchronized List<ArticleFeatures> features(List<AnalyzedArticle> articles) {
    List<AnalyzedArticle> missing = articles.stream().filter(a -> !extracted.containsKey(a)).toList();
    List<ArticleFeatures> fresh = missing.parallelStream().map(extractor::extract).toList();
    for (int i = 0; i < missing.size(); i++) {
      extracted.put(missing.get(i), fresh.get(i));
    }
    return articles.stream().map(extracted::get).toList();
  }

  private Examples examples(List<LabelledCorpus> corpora) {
    Examples examples = new Examples();
    for (LabelledCorpus corpus : corpora) {
      examples.add(new IncrementalClusterer(config).teach(features(corpus.articles()), corpus.gold()));
    }
    return examples;
  }

  /** The decisions of every article, as rows of candidate pairs grouped by decision. */
  private static final class Examples {
    final List<double[]> rows = new ArrayList<>();
    final List<Boolean> labels = new ArrayList<>();
    final List<Integer> groups = new ArrayList<>();
    int decisions;
    int chosen;

    void add(List<PairExample> found) {
      for (PairExample example : found) {
        for (int i = 0; i < example.candidates().size(); i++) {
          rows.add(example.candidates().get(i));
          labels.add(i == example.chosen());
          groups.add(decisions);
        }
        decisions++;
        chosen += example.chosen() >= 0 ? 1 : 0;
      }
    }

    ConditionalLogit.Fit fit(double penalty) {
      boolean[] y = new boolean[labels.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = labels.get(i);
      }
      return ConditionalLogit.fit(rows, groups.stream().mapToInt(Integer::intValue).toArray(), y,
          PairFeatures.signs(), penalty);
    }
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static String names(List<LabelledCorpus> corpora) {
    List<String> parts = new ArrayList<>();
    for (LabelledCorpus c : corpora) {
      parts.add(c.name() + " (" + c.articles().size() + " articles, "
          + c.gold().values().stream().distinct().count() + " stories)");
    }
    return String.join(", ", parts);
  }
}
