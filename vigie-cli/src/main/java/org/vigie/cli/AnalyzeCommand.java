package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.model.AnalysisReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin InputOptions input = new InputOptions();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Mixin ModelOption model = new ModelOption();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (default) or text.")
  OutputFormat format = OutputFormat.JSON;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    AnalysisReport report = new Analysis(input.ingestor(), threads.count(), err).run(input.inputs, model.config());
    PrintWriter out = spec.commandLine().getOut();
    format.write(report, out);
    out.flush();
    return report.errors().isEmpty() ? 0 : 1;
  }
}
