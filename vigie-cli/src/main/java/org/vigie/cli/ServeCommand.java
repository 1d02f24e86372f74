package org.vigie.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.vigie.app.Vigie;
import org.vigie.distributed.Publisher;
import org.vigie.app.spi.ServerLauncher;
import org.vigie.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie serve}: the web UI and the JSON API over a store, until the process is stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the web UI and the JSON API (/api, described at /api/openapi.json) over a store.",
      "Binds the loopback interface unless --host says otherwise; stop it with Ctrl-C.",
      "With --kafka (and --postgres and --opensearch), the distributed mode: POST /api/articles publishes the"
          + " articles to Kafka's ingest topic and answers 202; `vigie worker` and `vigie storyteller` analyse and"
          + " store them."
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOption data = new DataOption();

  @Mixin ServerEnginesOption engines = new ServerEnginesOption();

  @ArgGroup(exclusive = false) @Nullable KafkaOption kafka;

  @Option(names = "--host", paramLabel = "HOST", description = "Interface to bind (default: 127.0.0.1).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default: 7070; 0 for any free port).")
  int port = 7070;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = {"Another name the server answers to (a reverse proxy's, the machine's); repeatable.",
          "Requests whose Host header names anything else than localhost, a loopback address, --host or these are"
              + " refused (DNS rebinding)."})
  List<String> allowedHosts = List.of();

  /** Analysis threads for POST /api/articles. */
  @Mixin ThreadsOption threads = new ThreadsOption();

  /** Released on shutdown; tests release it to stop the server. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      err.println("error: --port must be between 0 and 65535, got " + port);
      return 2;
    }
    if (engines.problem() != null) {
      err.println("error: " + engines.problem());
      return 2;
    }
    if (kafka != null && !engines.chosen()) {
      err.println("error: --kafka serves from the store the storyteller writes: name --postgres and --opensearch");
      return 2;
    }
    int analysts = threads.count();
    String bootstrap = kafka == null ? null : kafka.connect();
    try (Publisher publisher = bootstrap == null ? null : new Publisher(bootstrap);
        Vigie vigie = engines.chosen() ? Vigie.open(engines.open(), NlpRuntime::pipeline, analysts, publisher)
            : Vigie.open(data.directory, NlpRuntime::pipeline, analysts);
        ServerLauncher.Serving server = ServerLauncher.find().start(vigie, host, port, Set.copyOf(allowedHosts));
        RunningServer.Announcement announced = engines.chosen() ? () -> { }
            : RunningServer.announce(data.directory, server.uri(RunningServer.clientHost(host)))) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("Vigie is serving " + (engines.chosen() ? "PostgreSQL and OpenSearch " + engines.opensearch
          : data.directory) + " at " + server.uri(host));
      out.flush();
      UntilStopped.await(stop);
      return 0;
    } catch (StoreException e) {
      err.println("error: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("error: cannot serve on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
  }
}
