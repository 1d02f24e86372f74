package org.vigie.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Ingestor;
import org.vigie.ingest.Skipped;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;
import org.vigie.server.IngestReport;
import org.vigie.server.Vigie;
import org.vigie.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie ingest}: reads, analyses, assigns to stories and stores articles. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files, folders and http(s) URLs, analyses them, assigns them to stories and stores them.",
      "Articles already in the store are skipped, so ingesting the same files again changes nothing.",
      "Exits with 1 when any input could not be read or stored."
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOption data = new DataOption();

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for inputs that carry none.")
  @Nullable LocalDate published;

  @Option(names = "--threads", paramLabel = "N",
      description = "Analysis threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "PATH|URL",
      description = "Files, folders (read recursively) or http(s) URLs.")
  List<String> inputs = List.of();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (threads < 1) {
      err.println("error: --threads must be at least 1, got " + threads);
      return 2;
    }
    IngestOptions defaults = IngestOptions.defaults();
    Ingestor ingestor = new Ingestor(new IngestOptions(published, defaults.maxArticleBytes(), defaults.httpTimeout()));
    try (Vigie vigie = Vigie.open(data.directory, NlpRuntime::pipeline, threads)) {
      IngestResult read = ingestor.read(inputs);
      err.printf("read %d article(s) from %d input(s)%n", read.articles().size(), inputs.size());
      ProgressBar bar = new ProgressBar(err, ProgressBar.stderrIsTerminal());
      IngestReport report = vigie.ingest().ingest(read, bar);
      bar.finish();
      summarise(report, out);
      out.flush();
      return report.errors().isEmpty() ? 0 : 1;
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
    for (ItemError error : report.errors()) {
      out.println("failed: " + error.source() + ": " + error.message());
    }
    out.printf("ingested into %s: %d new, %d duplicate(s), %d failed%n", data.directory,
        report.added().size(), report.duplicates().size(), report.errors().size());
  }
}
