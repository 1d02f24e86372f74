package org.vigie.cli;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The inputs, {@code --published}, {@code --allow-private-redirects} and {@code --threads}, shared by the commands
 * that read and analyse articles.
 */
final class InputOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for inputs that carry none.")
  @Nullable LocalDate published;

  @Option(names = "--allow-private-redirects",
      description = "Follow a redirect to another origin even when it leads to a loopback or private address.")
  boolean allowPrivateRedirects;

  private int threads = Runtime.getRuntime().availableProcessors();

  @Parameters(arity = "1..*", paramLabel = "PATH|URL",
      description = "Files, folders (read recursively) or http(s) URLs.")
  List<String> inputs = List.of();

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
  void threads(int count) {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + count);
    }
    threads = count;
  }

  int threads() {
    return threads;
  }

  Ingestor ingestor() {
    IngestOptions defaults = IngestOptions.defaults();
    return new Ingestor(new IngestOptions(published, defaults.maxArticleBytes(), defaults.httpTimeout(),
        allowPrivateRedirects));
  }
}
