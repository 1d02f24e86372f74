package org.vigie.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.model.AnalysisReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigie demo}: analyses the bundled sample corpus and prints a readable summary. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Analyses the bundled samples/ corpus and prints a readable summary.")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path samples = samplesFolder();
    if (!Files.isDirectory(samples)) {
      spec.commandLine().getErr().println("error: no sample corpus at " + samples
          + " (run ./vigie demo from the repository, or set -Dvigie.home)");
      return 1;
    }
    AnalysisReport report = new Analysis(null, Runtime.getRuntime().availableProcessors(),
        spec.commandLine().getErr()).run(List.of(samples.toString()));
    OutputFormat.TEXT.write(report, spec.commandLine().getOut());
    return report.errors().isEmpty() ? 0 : 1;
  }

  private static Path samplesFolder() {
    String home = System.getProperty("vigie.home", ".");
    return Path.of(home, "samples");
  }
}
