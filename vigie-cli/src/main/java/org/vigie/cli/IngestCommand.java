package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Skipped;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;
import org.vigie.server.IngestReport;
import org.vigie.server.Vigie;
import org.vigie.store.StoreException;
import org.vigie.store.StoreInUseException;
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
      "While `vigie serve` holds the store, the articles are read here and sent through the server's API.",
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
    IngestReport report;
    try (Vigie vigie = Vigie.open(data.directory, NlpRuntime::pipeline, input.threads())) {
      IngestResult read = read(err);
      ProgressBar bar = new ProgressBar(err, ProgressBar.stderrIsTerminal());
      report = vigie.ingest().ingest(read, bar);
      bar.finish();
    } catch (StoreInUseException e) {
      Optional<URI> server = RunningServer.find(data.directory);
      if (server.isEmpty()) {
        err.println("error: " + e.getMessage() + ". If a `vigie serve` holds it, send the articles to its"
            + " POST /api/articles, for instance: curl -H 'Content-Type: application/json' --data-binary"
            + " @articles.json http://127.0.0.1:7070/api/articles");
        return 1;
      }
      err.println("the store at " + data.directory + " is held by the server at " + server.get()
          + ": sending the articles through it");
      try {
        IngestResult read = read(err);
        ProgressBar bar = new ProgressBar(err, ProgressBar.stderrIsTerminal());
        report = new RemoteIngest(server.get()).send(read, bar);
        bar.finish();
      } catch (IOException e2) {
        err.println("error: cannot send the articles to the server at " + server.get() + ": " + e2.getMessage());
        return 1;
      } catch (InterruptedException e2) {
        Thread.currentThread().interrupt();
        return 1;
      }
    } catch (StoreException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    summarise(report, out);
    out.flush();
    return report.errors().isEmpty() && report.conflicts().isEmpty() ? 0 : 1;
  }

  private IngestResult read(PrintWriter err) {
    IngestResult read = input.ingestor().read(input.inputs);
    err.printf("read %d article(s) from %d input(s)%n", read.articles().size(), input.inputs.size());
    return read;
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
