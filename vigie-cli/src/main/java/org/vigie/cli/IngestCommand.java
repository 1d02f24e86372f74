package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigie.app.ArticleSource;
import org.vigie.app.SourceLedger;
import org.vigie.app.Vigie;
import org.vigie.store.StoreException;
import org.vigie.store.StoreInUseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigie ingest}: reads, analyses, assigns to stories and stores articles, as a stream. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files, folders and http(s) URLs, analyses them, assigns them to stories and stores them.",
      "It streams: a JSON Lines file of any size goes through in bounded memory, and what is stored is searchable,"
          + " with its story, while the rest is read.",
      "Articles already in the store are skipped, so ingesting the same files again changes nothing, and running an"
          + " interrupted ingest again resumes it.",
      "While `vigie serve` holds the store, the articles are read here and sent through the server's API.",
      "An article sent under the id of a stored one with other content is a conflict: the stored one is kept.",
      "With --kafka HOST:PORT the articles are published to the ingest topic of the distributed mode instead;"
          + " the workers analyse them and the storyteller stores them.",
      "Exits with 1 when any input could not be read or stored, or conflicts."
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOption data = new DataOption();

  @Mixin InputOptions input = new InputOptions();

  @Mixin ThreadsOption threads = new ThreadsOption();

  @ArgGroup(exclusive = false) @Nullable KafkaOption kafka;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    ProgressBar bar = new ProgressBar(err, ProgressBar.stderrIsTerminal());
    IngestOutcomes outcomes = new IngestOutcomes(out, bar);
    ArticleSource source = ArticleSource.of(input.ingestor(), input.inputs);
    if (kafka != null) {
      return KafkaIngest.publish(kafka.connect(), source, outcomes, err, out);
    }
    String ledger = null;
    try (Vigie vigie = Vigie.open(data.directory, NlpRuntime::pipeline, threads.count())) {
      vigie.ingest().ingest(source, outcomes);
      ledger = SourceLedger.of(vigie.store().sourceDays()).summaryLine();
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
        new RemoteIngest(server.get()).send(source, outcomes);
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
    bar.finish();
    err.printf("read %d article(s) from %d input(s)%n", outcomes.articles(), input.inputs.size());
    out.println(outcomes.summary(data.directory));
    if (ledger != null) {
      out.println(ledger);
    }
    out.flush();
    return outcomes.clean() ? 0 : 1;
  }
}
