package org.vigie.cli;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs, {@code --published} and {@code --allow-private-redirects}, shared by the commands that read and analyse
 * articles (with {@link ThreadsOption}).
 */
final class InputOptions {
  @Option(names = "--published", paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for inputs that carry none.")
  @Nullable LocalDate published;

  @Option(names = "--allow-private-redirects",
      description = "Follow a redirect to another origin even when it leads to a loopback or private address.")
  boolean allowPrivateRedirects;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL",
      description = "Files, folders (read recursively) or http(s) URLs.")
  List<String> inputs = List.of();

  Ingestor ingestor() {
    IngestOptions defaults = IngestOptions.defaults();
    return new Ingestor(new IngestOptions(published, defaults.maxArticleBytes(), defaults.httpTimeout(),
        allowPrivateRedirects));
  }
}
