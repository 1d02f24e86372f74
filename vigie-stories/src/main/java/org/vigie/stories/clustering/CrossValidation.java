package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Story;
import org.vigie.stories.eval.ClusterScores;
import org.vigie.stories.eval.Folds;

/**
 * Cross-validation of story assignment by topic. Each corpus is cut into the same number of {@link Folds} of whole
 * topics; for fold i, one model is trained on every other fold of every corpus (one model for all languages and
 * kinds of input), then each corpus's fold i is clustered on its own and scored. The in-sample figure scores the
 * same folds with a model trained on everything, so that the two differ only by what the model has seen; the
 * baseline is scored on the same folds.
 */
public final class CrossValidation {
  private final ClusteringConfig config;
  private final Supplier<StoryClusterer> baseline;
  private final Consumer<String> progress;

  /**
   * @param config   the bounds the models are trained and used under
   * @param baseline makes the comparison clusterer
   * @param progress receives one line per step (to show on stderr)
   */
  public CrossValidation(ClusteringConfig config, Supplier<StoryClusterer> baseline, Consumer<String> progress) {
    this.config = Objects.requireNonNull(config, "config");
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** The scores of one corpus, one per fold. */
  public record Result(String corpus, List<Map<String, String>> folds, List<ClusterScores> outOfFold,
      List<ClusterScores> inSample, List<ClusterScores> baseline) {}

  public List<Result> run(List<LabelledCorpus> corpora, int k) {
    List<List<Map<String, String>>> folds = new ArrayList<>();
    for (LabelledCorpus corpus : corpora) {
      folds.add(Folds.byTopic(corpus.gold(), k));
    }
    AssignmentTrainer trainer = new AssignmentTrainer(config);
    List<List<ClusterScores>> outOfFold = new ArrayList<>();
    List<List<ClusterScores>> inSample = new ArrayList<>();
    List<List<ClusterScores>> base = new ArrayList<>();
    for (int c = 0; c < corpora.size(); c++) {
      outOfFold.add(new ArrayList<>());
      inSample.add(new ArrayList<>());
      base.add(new ArrayList<>());
    }
    for (int f = 0; f < k; f++) {
      List<LabelledCorpus> training = new ArrayList<>();
      for (int c = 0; c < corpora.size(); c++) {
        Map<String, String> rest = new HashMap<>(corpora.get(c).gold());
        rest.keySet().removeAll(folds.get(c).get(f).keySet());
        training.add(corpora.get(c).restrictedTo(rest));
      }
      progress.accept("fold " + (f + 1) + " of " + k + ": training on the other folds");
      AssignmentModel model = trainer.train(training);
      for (int c = 0; c < corpora.size(); c++) {
        LabelledCorpus held = corpora.get(c).restrictedTo(folds.get(c).get(f));
        outOfFold.get(c).add(score(articles -> trainer.cluster(model, articles), held));
        base.get(c).add(score(this::baseline, held));
      }
    }
    progress.accept("training on every fold, for the in-sample figure");
    AssignmentModel all = trainer.train(corpora);
    List<Result> results = new ArrayList<>();
    for (int c = 0; c < corpora.size(); c++) {
      for (int f = 0; f < k; f++) {
        LabelledCorpus held = corpora.get(c).restrictedTo(folds.get(c).get(f));
        inSample.get(c).add(score(articles -> trainer.cluster(all, articles), held));
      }
      results.add(new Result(corpora.get(c).name(), folds.get(c), outOfFold.get(c), inSample.get(c), base.get(c)));
    }
    return results;
  }

  private List<Story> baseline(List<AnalyzedArticle> articles) {
    StoryClusterer clusterer = baseline.get();
    clusterer.addAll(articles);
    return clusterer.stories();
  }

  /** Clusters the corpus's articles and scores them against its gold stories; copies join their original's story. */
  public static ClusterScores score(Function<List<AnalyzedArticle>, List<Story>> clustering,
      LabelledCorpus corpus) {
    Map<String, String> system = new HashMap<>();
    for (Story story : clustering.apply(corpus.articles())) {
      story.articles().forEach(id -> system.put(id, story.id()));
    }
    corpus.copies().forEach((copy, original) -> {
      String story = system.get(original);
      if (story != null) {
        system.put(copy, story);
      }
    });
    return ClusterScores.of(corpus.gold(), system);
  }
}
