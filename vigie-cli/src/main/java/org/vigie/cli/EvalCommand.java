package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.time.CorpusSplit;
import org.vigie.time.EvaluationReport;
import org.vigie.time.TimeMlEvaluation;
import org.vigie.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie eval}: measures Vigie against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures Vigie against gold data.",
    subcommands = {EvalCommand.TimeBank.class, EvalClustersCommand.class, EvalWhoCommand.class})
final class EvalCommand {

  /** {@code vigie eval timebank DIR}: temporal tagging scored on TimeML files the TempEval-3 way. */
  @Command(
      name = "timebank",
      mixinStandardHelpOptions = true,
      description = {
        "Scores the temporal tagger on TimeML files.",
        "Reads a folder of .tml files, such as the French TimeBank, and reports strict and relaxed extraction,",
        "value and type F1 on the dev half (files at even positions by name, used for tuning), the held-out test",
        "half, and all files."
      })
  static final class TimeBank implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder of .tml files; each file's DCT is its publication date.")
    Path directory;

    @Option(names = "--language", defaultValue = "fr", description = "Language of the files (default: fr).")
    String language = "fr";

    @Option(names = "--errors", description = "Also list every missed, spurious or wrong expression.")
    boolean errors;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.isDirectory(directory)) {
        spec.commandLine().getErr().println("error: " + directory + ": no such directory");
        return 1;
      }
      List<Path> files = CorpusSplit.tmlFiles(directory);
      if (files.isEmpty()) {
        spec.commandLine().getErr().println("error: " + directory + ": no .tml files");
        return 1;
      }
      CorpusSplit split = CorpusSplit.of(files);
      TimeMlEvaluation evaluation = new TimeMlEvaluation(new TimeTagger(), language);
      print(out, "dev half", evaluation.evaluate(split.dev()));
      print(out, "test half (held out)", evaluation.evaluate(split.test()));
      print(out, "all files", evaluation.evaluate(split.all()));
      out.println("reference, HeidelTime on the full French TimeBank: strict F1 85.99, relaxed F1 90.97, "
          + "value F1 73.63, type F1 82.66");
      return 0;
    }

    private void print(PrintWriter out, String label, EvaluationReport report) {
      out.println("== " + directory.getFileName() + ", " + label);
      out.println(report.summary());
      if (errors) {
        out.println(report.errorListing());
      }
    }
  }
}
