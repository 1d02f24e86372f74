package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Duplicate;
import org.vigie.model.Story;
import org.vigie.stories.clustering.StoryClusterer;
import org.vigie.stories.eval.ClusterScores;
import org.vigie.stories.eval.GoldStories;
import org.vigie.stories.eval.Halves;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie eval clusters FILE.jsonl STORIES.tsv}: story clustering scored against gold stories. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "Scores story clustering against gold stories.",
      "Analyses and clusters the articles of a JSON Lines file, then scores the stories against gold ones",
      "(article id TAB story id): B-cubed and pairwise precision, recall and F1, for Vigie and for a naive",
      "baseline (single-pass TF-IDF cosine against running centroids), on the dev half (story groups at even",
      "positions, used for tuning), the held-out test half, and everything. Story ids of the form TOPIC_x keep a",
      "topic's stories in one half."
    })
final class EvalClustersCommand implements Callable<Integer> {
  /** The baseline's cosine threshold, tuned on the dev halves of ECB+ and the French headline groups. */
  static final double BASELINE_THRESHOLD = 0.125;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "The articles, one JSON object per line.")
  Path articles;

  @Parameters(index = "1", paramLabel = "STORIES.tsv", description = "Gold stories: article id TAB story id.")
  Path stories;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(stories)) {
      err.println("error: " + stories + ": no such file");
      return 1;
    }
    Map<String, String> gold = GoldStories.read(stories);
    Analysis.Analysed analysed = new Analysis(new Ingestor(IngestOptions.defaults()), threads, err).analyse(List.of(articles.toString()));
    for (String half : List.of("dev", "test", "all")) {
      Map<String, String> goldHalf = half.equals("all") ? gold : Halves.byTopicOrStory(gold, half.equals("dev"));
      List<AnalyzedArticle> inHalf = analysed.articles().stream().filter(a -> goldHalf.containsKey(a.id())).toList();
      String label = half.equals("all") ? "all articles" : half + " half";
      out.printf("== %s, %s: %d articles, %d stories%n", articles.getFileName(), label, goldHalf.size(),
          goldHalf.values().stream().distinct().count());
      List<Duplicate> duplicates = analysed.duplicates();
      out.println(line("vigie", score(StoryClusterer::create, inHalf, duplicates, goldHalf)));
      out.println(line("baseline",
          score(() -> StoryClusterer.naiveBaseline(BASELINE_THRESHOLD), inHalf, duplicates, goldHalf)));
    }
    return 0;
  }

  /** Exact duplicates are not analysed again: each joins the story of the article it repeats. */
  private static ClusterScores score(Supplier<StoryClusterer> clusterer, List<AnalyzedArticle> articles,
      List<Duplicate> duplicates, Map<String, String> gold) {
    StoryClusterer fresh = clusterer.get();
    fresh.addAll(articles);
    Map<String, String> system = new HashMap<>();
    for (Story story : fresh.stories()) {
      story.articles().forEach(id -> system.put(id, story.id()));
    }
    for (Duplicate duplicate : duplicates) {
      String story = system.get(duplicate.duplicateOf());
      if (story != null) {
        system.putIfAbsent(duplicate.id(), story);
      }
    }
    return ClusterScores.of(gold, system);
  }

  private static String line(String who, ClusterScores s) {
    return String.format(Locale.ROOT,
        "  %-9s B-cubed P %.3f R %.3f F1 %.3f | pairwise P %.3f R %.3f F1 %.3f",
        who, s.bcubedPrecision(), s.bcubedRecall(), s.bcubedF1(), s.pairwisePrecision(), s.pairwiseRecall(),
        s.pairwiseF1());
  }
}
