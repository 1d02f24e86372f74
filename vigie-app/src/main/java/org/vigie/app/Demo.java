package org.vigie.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.vigie.app.spi.ServerLauncher;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.nlp.Pipeline;

/**
 * What {@code vigie demo} runs: ingests a sample folder into a store and serves it, printing the URL. The caller
 * keeps the returned demo open as long as it wants to serve, then closes it.
 */
public final class Demo implements AutoCloseable {
  private final Vigie vigie;
  private final ServerLauncher.Serving server;
  private final String host;
  private @Nullable Path temporary;

  private Demo(Vigie vigie, ServerLauncher.Serving server, String host) {
    this.vigie = vigie;
    this.server = server;
    this.host = host;
  }

  /** Ingests {@code samples} into a fresh temporary store, deleted on {@link #close}, and serves it. */
  public static Demo start(Path samples, Supplier<Pipeline> pipeline, ServerLauncher launcher, String host, int port,
      PrintWriter out) {
    Path dir;
    try {
      dir = Files.createTempDirectory("vigie-demo-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary store", e);
    }
    Demo demo = start(samples, dir, pipeline, launcher, host, port, out);
    demo.temporary = dir;
    return demo;
  }

  /**
   * @param samples  the folder to ingest
   * @param dataDir  where the store lives
   * @param pipeline the process's one pipeline
   * @param out      where the progress and the URL are printed
   */
  public static Demo start(Path samples, Path dataDir, Supplier<Pipeline> pipeline, ServerLauncher launcher,
      String host, int port, PrintWriter out) {
    Vigie vigie = Vigie.open(dataDir, pipeline, Runtime.getRuntime().availableProcessors());
    try {
      IngestReport report = vigie.ingest().ingest(new Ingestor(IngestOptions.defaults()).read(
          List.of(samples.toString())));
      out.printf("ingested %d article(s) from %s into %s (%d duplicate(s), %d error(s))%n", report.added().size(),
          samples, dataDir, report.duplicates().size(), report.errors().size());
      report.errors().forEach(e -> out.println("error: " + e.source() + ": " + e.message()));
      ServerLauncher.Serving server = launcher.start(vigie, host, port, Set.of());
      out.println("Vigie is serving " + server.uri(host));
      out.flush();
      return new Demo(vigie, server, host);
    } catch (RuntimeException e) {
      vigie.close();
      throw e;
    }
  }

  public URI uri() {
    return server.uri(host);
  }

  @Override
  public void close() {
    server.close();
    vigie.close();
    if (temporary != null) {
      try (Stream<Path> files = Files.walk(temporary)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the demo store " + temporary, e);
      }
    }
  }
}
