package org.vigie.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.vigie.model.Story;
import org.vigie.stories.clustering.ClusteringConfig;
import org.vigie.stories.clustering.CrossValidation;
import org.vigie.stories.clustering.LabelledCorpus;
import org.vigie.stories.clustering.StoryClusterer;
import org.vigie.stories.eval.ClusterScores;
import org.vigie.stories.eval.Folds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie eval clusters A.jsonl A.tsv [B.jsonl B.tsv ...]}: story clustering scored against gold stories. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Scores story clustering against gold stories (article id TAB story id), by cross-validation by topic.",
      "Each corpus is cut into folds of whole topics (ECB+ topic 12 for stories 12_ecb and 12_plus; the section",
      "'sports' for sports-5; otherwise each story). For each fold, one model is trained on the other folds of",
      "every corpus given, then each corpus's fold is clustered on its own and scored: the report gives the",
      "out-of-fold B-cubed F1 (mean ± standard deviation over the folds), the in-sample F1 of a model trained on",
      "everything and scored on the same folds, and the naive baseline (single-pass TF-IDF cosine against running",
      "centroids) on the same folds. With --folds 0, the model (shipped, or --model) is scored on each corpus whole."
    })
final class EvalClustersCommand implements Callable<Integer> {
  /** The baseline's cosine threshold, the best on the ECB+ and French headline corpora as shared here. */
  static final double BASELINE_THRESHOLD = 0.125;

  @Spec CommandSpec spec;

  @Mixin LabelledInputs inputs = new LabelledInputs();

  @Option(names = "--folds", paramLabel = "K", defaultValue = "5",
      description = "Folds of the cross-validation (default: 5); 0 scores the model without training.")
  int folds = 5;

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Mixin ModelOption model = new ModelOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (folds == 1 || folds < 0) {
      err.println("error: --folds must be 0 (no cross-validation) or at least 2, got " + folds);
      return 2;
    }
    ClusteringConfig config = model.config();
    List<LabelledCorpus> corpora = inputs.readOrExplain(threads.count(), err);
    if (corpora == null) {
      return 1;
    }
    if (folds == 0) {
      for (LabelledCorpus corpus : corpora) {
        out.printf("== %s: %d articles, %d stories%n", corpus.name(), corpus.gold().size(), stories(corpus.gold()));
        out.println(line("vigie", CrossValidation.score(articles -> cluster(StoryClusterer.create(config), articles),
            corpus)));
        out.println(line("baseline", CrossValidation.score(articles -> cluster(baseline(), articles), corpus)));
      }
      return 0;
    }
    List<CrossValidation.Result> results;
    try {
      results = new CrossValidation(config, EvalClustersCommand::baseline, err::println).run(corpora, folds);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    for (CrossValidation.Result r : results) {
      out.printf("== %s: %d articles, %d stories; %d folds by topic%n", r.corpus(),
          r.folds().stream().mapToInt(Map::size).sum(), r.folds().stream().mapToLong(EvalClustersCommand::stories)
              .sum(), r.folds().size());
      out.printf(Locale.ROOT, "  vigie     out-of-fold B-cubed F1 %s (P %.3f R %.3f) | pairwise F1 %.3f%n",
          spread(r.outOfFold()), mean(r.outOfFold(), ClusterScores::bcubedPrecision),
          mean(r.outOfFold(), ClusterScores::bcubedRecall), mean(r.outOfFold(), ClusterScores::pairwiseF1));
      out.printf(Locale.ROOT, "  vigie     in-sample B-cubed F1 %.3f%n", mean(r.inSample(), ClusterScores::bcubedF1));
      out.printf(Locale.ROOT, "  baseline  B-cubed F1 %s (P %.3f R %.3f) | pairwise F1 %.3f%n",
          spread(r.baseline()), mean(r.baseline(), ClusterScores::bcubedPrecision),
          mean(r.baseline(), ClusterScores::bcubedRecall), mean(r.baseline(), ClusterScores::pairwiseF1));
      for (int f = 0; f < r.folds().size(); f++) {
        Map<String, String> fold = r.folds().get(f);
        out.printf(Locale.ROOT, "  fold %d: %d articles, %d stories, topics %s | vigie F1 %.3f, in-sample %.3f,"
                + " baseline %.3f%n", f + 1, fold.size(), stories(fold),
            String.join(" ", fold.values().stream().map(Folds::topicOf).distinct().sorted().toList()),
            r.outOfFold().get(f).bcubedF1(), r.inSample().get(f).bcubedF1(), r.baseline().get(f).bcubedF1());
      }
    }
    return 0;
  }

  private static StoryClusterer baseline() {
    return StoryClusterer.naiveBaseline(BASELINE_THRESHOLD);
  }

  private static List<Story> cluster(StoryClusterer clusterer, List<org.vigie.model.AnalyzedArticle> articles) {
    clusterer.addAll(articles);
    return clusterer.stories();
  }

  private static long stories(Map<String, String> gold) {
    return gold.values().stream().distinct().count();
  }

  private static double mean(List<ClusterScores> scores, ToDoubleFunction<ClusterScores> value) {
    return scores.stream().mapToDouble(value).average().orElse(0);
  }

  /** Mean ± sample standard deviation of the B-cubed F1 over the folds. */
  private static String spread(List<ClusterScores> scores) {
    double mean = mean(scores, ClusterScores::bcubedF1);
    double squares = scores.stream().mapToDouble(s -> (s.bcubedF1() - mean) * (s.bcubedF1() - mean)).sum();
    double sd = scores.size() < 2 ? 0 : Math.sqrt(squares / (scores.size() - 1));
    return String.format(Locale.ROOT, "%.3f ± %.3f", mean, sd);
  }

  private static String line(String who, ClusterScores s) {
    return String.format(Locale.ROOT,
        "  %-9s B-cubed P %.3f R %.3f F1 %.3f | pairwise P %.3f R %.3f F1 %.3f",
        who, s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairwisePrecision(), s.pairwiseRecall(),
        s.pairwiseF1());
  }
}
