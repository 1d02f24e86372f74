package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.model.AnalysisReport;
import org.vigie.model.ReportedStory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigie story}: the readable dossier of every story found in the inputs. */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the dossier of every story found in the inputs.",
      "Each dossier lists the articles, the actors with their roles, the quotes by speaker with the outlets that",
      "carried them, a timeline, and where the sources disagree."
    })
final class StoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Mixin ModelOption model = new ModelOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    AnalysisReport report = new Analysis(input.ingestor(), threads.count(), spec.commandLine().getErr())
        .run(input.inputs, model.config());
    DossierText text = new DossierText(out);
    for (ReportedStory story : report.stories()) {
      text.print(story.dossier());
    }
    out.flush();
    return report.errors().isEmpty() ? 0 : 1;
  }
}
