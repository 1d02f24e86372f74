package org.vigie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalysisReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie analyze}: prints one JSON document (or a readable summary) for files, folders and URLs. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses articles and prints one JSON document on stdout; progress and logs go to stderr.",
      "Exits with 1 when any input could not be read."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for inputs that carry none.")
  @Nullable LocalDate published;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (default) or text.")
  OutputFormat format = OutputFormat.JSON;

  @Option(names = "--threads", paramLabel = "N",
      description = "Analysis threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "PATH|URL",
      description = "Files, folders (read recursively) or http(s) URLs.")
  List<String> inputs = List.of();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    AnalysisReport report = new Analysis(published, threads, err).run(inputs);
    PrintWriter out = spec.commandLine().getOut();
    format.write(report, out);
    out.flush();
    return report.errors().isEmpty() ? 0 : 1;
  }
}
