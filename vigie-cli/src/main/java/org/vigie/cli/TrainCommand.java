package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigie.nlp.eval.GoldHalf;
import org.vigie.nlp.eval.PersonNounLearning;
import org.vigie.nlp.eval.SpeakerTraining;
import org.vigie.stories.clustering.AssignmentModel;
import org.vigie.stories.clustering.AssignmentTrainer;
import org.vigie.stories.clustering.ClusteringConfig;
import org.vigie.stories.clustering.LabelledCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie train}: learns Vigie's models from gold data. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Learns Vigie's models from gold data.",
    subcommands = {TrainCommand.Clusters.class, TrainCommand.Speakers.class, TrainCommand.PersonNouns.class})
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

    @Mixin LabelledInputs inputs = new LabelledInputs();

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path output;

    @Mixin ThreadsOption threads = new ThreadsOption();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      List<LabelledCorpus> corpora = inputs.readOrExplain(threads.count(), err);
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

  /** {@code vigie train speakers DIR --half read --output FILE}: the speaker ranker's weights. */
  @Command(
      name = "speakers",
      mixinStandardHelpOptions = true,
      description = {
        "Trains the speaker ranker on the read half of a gold corpus in the fr-wikinews GUIDELINES.md format and",
        "writes its weights. Prints the speaker accuracy of the rules and of the ranker cross-validated by article",
        "(both over every gold quote of the half). The scored half is never trained on. The shipped weights",
        "(vigie-nlp resources, org/vigie/nlp/quotes/speaker-ranker.tsv) were written this way on fr-wikinews."
      })
  static final class Speakers implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = GoldInputs.DIRECTORY)
    Path directory;

    @Option(names = "--half", paramLabel = "HALF", defaultValue = "read",
        description = "The half to learn from: read (the only one allowed).")
    String half = "read";

    @Mixin TextsOption texts = new TextsOption();

    @Option(names = "--extra", paramLabel = "GOLD_DIR",
        description = "Another gold corpus (all its articles) that every fold learns from, never scored on; "
            + "repeatable.")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--extra-texts", paramLabel = "DIR",
        description = "Where the articles of the --extra of the same rank are, when not beside their gold; "
            + "repeatable (the --extra beyond the last --extra-texts have their texts beside their gold).")
    List<Path> extraTexts = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
        description = "Cross-validation folds, by article (default: 5).")
    int folds = 5;

    @Option(names = "--l2", paramLabel = "X", split = ",", defaultValue = "0.001,0.01,0.1",
        description = "Penalties on the squared weights to try; the one with the best cross-validated accuracy "
            + "(the smallest on ties) makes the weights written (default: 0.001,0.01,0.1).")
    List<Double> l2 = List.of(0.001, 0.01, 0.1);

    @Option(names = "--misses", description = "Also list the quotes the rules or the ranker get wrong.")
    boolean misses;

    @Option(names = "--output", paramLabel = "FILE", description = "Where to write the weights (default: none).")
    @Nullable Path output;

    @Mixin ThreadsOption threads = new ThreadsOption();

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!half.equals("read")) {
        throw new ParameterException(spec.commandLine(), "--half: only the read half is trained on, not " + half);
      }
      if (folds < 2) {
        throw new ParameterException(spec.commandLine(), "--folds: at least 2, got " + folds);
      }
      boolean[] failed = {false};
      List<GoldInputs.Pair> pairs = GoldInputs.read(directory, texts.directory, false, GoldHalf.READ,
          threads.count(), err, new ArrayList<>(), failed);
      if (pairs == null) {
        return 1;
      }
      SpeakerTraining training = new SpeakerTraining();
      pairs.forEach(pair -> training.add(pair.gold(), pair.analysed()));
      if (extraTexts.size() > extra.size()) {
        throw new ParameterException(spec.commandLine(), "--extra-texts: more of them than --extra");
      }
      for (int i = 0; i < extra.size(); i++) {
        List<GoldInputs.Pair> extraPairs = GoldInputs.read(extra.get(i), i < extraTexts.size() ? extraTexts.get(i)
            : null, false, GoldHalf.ALL, threads.count(), err, new ArrayList<>(), failed);
        if (extraPairs == null) {
          return 1;
        }
        extraPairs.forEach(pair -> training.addToEveryFold(pair.gold(), pair.analysed()));
      }
      SpeakerTraining.Figures figures = null;
      List<String> lines = new ArrayList<>();
      for (double penalty : l2.stream().sorted().toList()) {
        SpeakerTraining.Figures tried = training.crossValidate(Math.min(folds, Math.max(2, pairs.size())), penalty);
        List<String> triedLines = tried.lines();
        (figures == null ? triedLines : triedLines.subList(triedLines.size() - 1, triedLines.size()))
            .forEach(out::println);
        if (figures == null || tried.ranked() > figures.ranked()) {
          figures = tried;
          lines = triedLines;
        }
      }
      if (misses) {
        out.println("== quotes the rules or the ranker get wrong (out of fold)");
        figures.misses().forEach(out::println);
      }
      if (output != null) {
        try {
          training.write(output, figures.l2(), lines);
        } catch (IOException e) {
          err.println("error: " + output + ": cannot write the weights (" + e.getMessage() + ")");
          return 1;
        }
        out.println("weights written to " + output);
      }
      out.flush();
      return failed[0] ? 1 : 0;
    }
  }

  /** {@code vigie train person-nouns FILE... --output FILE}: the French nouns learned to name persons. */
  @Command(
      name = "person-nouns",
      mixinStandardHelpOptions = true,
      description = {
        "Learns which French nouns name persons from text with tagged person names (HIPE-2022 .tsv files, or",
        "'token TAG' BIO files): a noun that stands right before a name significantly more often than nouns do",
        "(one-sided binomial test, p < 0.001). Writes one lemma a line. The shipped list (vigie-nlp resources,",
        "org/vigie/nlp/lexicon/learned-person-nouns.txt) was learned this way from HIPE-2022 letemps and newseye",
        "and europeana-ner-fr (never hipe2020, which scores roles)."
      })
  static final class PersonNouns implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Tagged French text.")
    List<Path> files;

    @Option(names = "--output", paramLabel = "FILE", required = true, description = "Where to write the list.")
    Path output;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      PersonNounLearning learning = new PersonNounLearning();
      for (Path file : files) {
        try {
          learning.read(file);
        } catch (IllegalArgumentException | UncheckedIOException e) {
          err.println("error: " + e.getMessage());
          return 1;
        }
      }
      List<PersonNounLearning.Learned> learned = learning.learned();
      List<String> lines = new ArrayList<>();
      lines.add("# French nouns that name persons, learned by `vigie train person-nouns` (see vigie-nlp/README.md):");
      lines.add("# lemma, occurrences, occurrences right before a tagged person name, one-sided binomial p.");
      learned.forEach(noun -> lines.add(String.format(Locale.ROOT, "%s\t%d\t%d\t%.2g", noun.lemma(),
          noun.occurrences(), noun.beforeName(), noun.p())));
      try {
        Files.write(output, lines, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("error: " + output + ": cannot write the list (" + e.getMessage() + ")");
        return 1;
      }
      out.println(learned.size() + " person nouns written to " + output);
      return 0;
    }
  }
}
