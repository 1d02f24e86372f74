package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigie.nlp.eval.GoldHalf;
import org.vigie.nlp.eval.Miss;
import org.vigie.nlp.eval.WhoScorer;
import org.vigie.nlp.eval.WhoScorer.ArticleScore;
import org.vigie.nlp.eval.WhoScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie eval who DIR}: entities, roles, quotes, speakers and times scored against gold. */
@Command(
    name = "who",
    mixinStandardHelpOptions = true,
    description = {
      "Scores who / said what / when against gold in the fr-wikinews GUIDELINES.md format.",
      "DIR holds gold/ID.json (or is itself the folder of gold files) and texts/ID.txt; each article is read and",
      "analysed as `vigie analyze` would, then scored: entity recall and precision, role recall, quote recall,",
      "speaker accuracy, time value accuracy, publication dates, the speaker errors counted by class (quote not",
      "found, no speaker, pronoun left, description for a name, ..., other entity), the missed roles counted by",
      "cause, the entity errors by class; then the misses per article.",
      "Halves: ids sorted numerically, the 1st, 3rd, ... are the read half, the 2nd, 4th, ... the scored half.",
      "With --polnear DIR: English direct quotes and their speakers on a PolNeAR split instead (--split dev|train)."
    })
final class EvalWhoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", arity = "0..1", description = GoldInputs.DIRECTORY)
  @Nullable Path directory;

  @Option(names = "--polnear", paramLabel = "DIR",
      description = "Score English direct quotes on PolNeAR (the folder with dev/ and train/) instead.")
  @Nullable Path polnear;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
      description = "With --polnear: the split, dev (default) or train.")
  String split = "dev";

  @Option(names = "--limit", paramLabel = "N",
      description = "With --polnear: only the first N articles of the split, by name (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--half", paramLabel = "HALF", defaultValue = "all",
      description = "read, scored or all (default: all, which prints both halves and all).")
  String half = "all";

  @Option(names = "--figures-only", description = "Only the figures: no misses per article.")
  boolean figuresOnly;

  @Option(names = "--html", description = "Read the articles from html/ID.html instead of texts/ID.txt.")
  boolean html;

  @Mixin TextsOption texts = new TextsOption();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (polnear != null) {
      if (!split.equals("dev") && !split.equals("train")) {
        throw new ParameterException(spec.commandLine(), "--split: expected dev or train, got '" + split + "'");
      }
      return PolnearEval.run(polnear, split, limit, threads.count(), figuresOnly, out, err);
    }
    if (directory == null) {
      throw new ParameterException(spec.commandLine(), "give DIR, the gold corpus, or --polnear DIR");
    }
    Path directory = this.directory;
    GoldHalf selected;
    try {
      selected = GoldHalf.parse(half);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--half: " + e.getMessage());
    }
    List<String> ids = new ArrayList<>();
    boolean[] failed = {false};
    List<GoldInputs.Pair> pairs = GoldInputs.read(directory, texts.directory, html, selected, threads.count(), err,
        ids, failed);
    if (pairs == null) {
      return 1;
    }
    List<ArticleScore> scores = new ArrayList<>();
    for (GoldInputs.Pair pair : pairs) {
      scores.add(WhoScorer.score(pair.gold(), pair.analysed()));
    }

    String name = directory.toAbsolutePath().normalize().getFileName().toString();
    List<GoldHalf> blocks = selected == GoldHalf.ALL ? List.of(GoldHalf.READ, GoldHalf.SCORED, GoldHalf.ALL)
        : List.of(selected);
    for (GoldHalf block : blocks) {
      Set<String> inBlock = Set.copyOf(block.of(ids));
      WhoScores figures = WhoScores.of(scores.stream().filter(s -> inBlock.contains(s.id())).toList());
      out.printf("== %s, %s: %d articles%n", name, block.label(), figures.articles().size());
      figures.figures().forEach(out::println);
    }
    if (!figuresOnly) {
      out.println("== misses");
      for (ArticleScore score : scores) {
        out.println("-- " + score.id());
        for (Miss miss : score.misses()) {
          out.println("  " + miss);
        }
      }
    }
    out.flush();
    return failed[0] ? 1 : 0;
  }
}
