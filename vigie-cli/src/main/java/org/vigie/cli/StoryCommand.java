package org.vigie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalysisReport;
import org.vigie.model.ReportedStory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie story}: the readable dossier of every story found in the inputs. */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses articles, groups them into stories and prints each story's dossier: articles, actors with their",
      "roles, quotes by speaker with the outlets that carried them, a timeline and where the sources disagree."
    })
final class StoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for inputs that carry none.")
  @Nullable LocalDate published;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders or http(s) URLs.")
  List<String> inputs = List.of();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AnalysisReport report = new Analysis(published, threads, spec.commandLine().getErr()).run(inputs);
    DossierText text = new DossierText(out);
    for (ReportedStory story : report.stories()) {
      text.print(story.dossier());
    }
    out.flush();
    return report.errors().isEmpty() ? 0 : 1;
  }
}
