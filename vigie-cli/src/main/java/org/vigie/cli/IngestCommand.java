package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Skipped;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;
import org.vigie.server.IngestReport;
import org.vigie.server.Vigie;
import org.vigie.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigie ingest}: reads, analyses, assigns to stories and stores articles. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files, folders and http(s) URLs, analyses them, assigns them to stories and stores them.",
      "Articles already in the store are skipped, so ingesting the same files again changes nothing.",
      "An article sent under the id of a stored one with other content is a conflict: the stored one is kept.",
      "Exits with 1 when any input could not be read or stored, or conflicts."
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOption data = new DataOption();

  @Mixin InputOptions input = new InputOptions();


  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    try (Vigie vigie = Vigie.open(data.directory, NlpRuntime::pipeline, input.threads())) {
      IngestResult read = input.ingestor().read(input.inputs);
      err.printf("read %d article(s) from %d input(s)%n", read.articles().size(), input.inputs.size());
      ProgressBar bar = new ProgressBar(err, ProgressBar.stderrIsTerminal());
      IngestReport report = vigie.ingest().ingest(read, bar);
      bar.finish();
      summarise(report, out);
      out.flush();
      return report.errors().isEmpty() && report.conflicts().isEmpty() ? 0 : 1;
    } catch (StoreException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private void summarise(IngestReport report, PrintWriter out) {
    for (Skipped skipped : report.skipped()) {
      out.println("skipped: " + skipped.source() + ": " + skipped.reason());
    }
    for (Duplicate duplicate : report.duplicates()) {
      out.println("duplicate: " + duplicate.source() + " (article " + duplicate.duplicateOf() + ")");
    }
    for (ItemError conflict : report.conflicts()) {
      out.println("conflict: " + conflict.source() + ": " + conflict.message());
    }
    for (ItemError error : report.errors()) {
      out.println("failed: " + error.source() + ": " + error.message());
    }
    out.printf("ingested into %s: %d new, %d duplicate(s), %d conflict(s), %d failed%n", data.directory,
        report.added().size(), report.duplicates().size(), report.conflicts().size(), report.errors().size());
  }
}
