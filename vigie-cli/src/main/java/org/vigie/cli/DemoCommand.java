package org.vigie.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.model.AnalysisReport;
import org.vigie.app.Demo;
import org.vigie.app.spi.ServerLauncher;
import org.vigie.stories.clustering.ClusteringConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie demo}: the bundled sample corpus, ingested into a fresh store and served in the browser. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the bundled sample corpus in the web UI.",
      "Ingests samples/ into a fresh temporary store and serves it, printing the URL; Ctrl-C stops it and deletes",
      "the store. With --text, prints the analysis and the story dossiers instead and exits."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--host", paramLabel = "HOST", description = "Interface to bind (default: 127.0.0.1).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default: 7070; 0 for any free port).")
  int port = 7070;

  @Option(names = "--text", description = "Print the analysis and the dossiers instead of serving them.")
  boolean text;

  /** Released on shutdown; tests release it to stop the demo. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Path samples = samplesFolder();
    if (!Files.isDirectory(samples)) {
      err.println("error: no sample corpus at " + samples + " (run ./vigie demo from the repository)");
      return 1;
    }
    if (text) {
      AnalysisReport report = new Analysis(new Ingestor(IngestOptions.defaults()), Runtime.getRuntime().availableProcessors(), err)
          .run(List.of(samples.toString()), ClusteringConfig.defaults());
      OutputFormat.TEXT.write(report, spec.commandLine().getOut());
      return report.errors().isEmpty() ? 0 : 1;
    }
    try (Demo demo = Demo.start(samples, NlpRuntime::pipeline, ServerLauncher.find(), host, port,
        spec.commandLine().getOut())) {
      spec.commandLine().getOut().println("Open " + demo.uri() + " in a browser; Ctrl-C stops the demo.");
      spec.commandLine().getOut().flush();
      UntilStopped.await(stop);
      return 0;
    } catch (RuntimeException e) {
      err.println("error: cannot run the demo on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
  }

  private static Path samplesFolder() {
    return Path.of(System.getProperty("vigie.home", "."), "samples");
  }
}
