package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.stories.clustering.AssignmentModel;
import org.vigie.stories.clustering.AssignmentTrainer;
import org.vigie.stories.clustering.ClusteringConfig;
import org.vigie.stories.clustering.LabelledCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie train}: learns Vigie's models from gold data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Learns Vigie's models from gold data.",
    subcommands = {TrainCommand.Clusters.class})
final class TrainCommand {

  /** {@code vigie train clusters A.jsonl A.tsv [...] --output FILE}: the story assignment model. */
  @Command(
      name = "clusters",
      mixinStandardHelpOptions = true,
      description = {
        "Trains the story assignment model on articles with gold stories (article id TAB story id) and writes it.",
        "One model for every corpus given (languages and kinds of input together). Use it with --model FILE on",
        "analyze, story and eval clusters; the shipped model was trained this way on the shared ECB+ and French",
        "headline corpora."
      })
  static final class Clusters implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "ARTICLES.jsonl STORIES.tsv",
        description = "Pairs of files: the articles (JSON Lines) and their gold stories.")
    List<Path> files = List.of();

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path output;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<LabelledCorpus> corpora = LabelledInputs.readOrExplain(files, threads, err);
      if (corpora == null) {
        return 1;
      }
      AssignmentModel model;
      try {
        model = new AssignmentTrainer(ClusteringConfig.defaults()).train(corpora);
      } catch (IllegalArgumentException e) {
        err.println("error: " + e.getMessage());
        return 1;
      }
      try {
        model.write(output);
      } catch (IOException e) {
        err.println("error: " + output + ": cannot write the model (" + e.getMessage() + ")");
        return 1;
      }
      model.notes().forEach(note -> out.println("# " + note));
      out.println("model written to " + output);
      return 0;
    }
  }
}
