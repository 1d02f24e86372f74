package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.distributed.Storyteller;
import org.vigie.distributed.Topics;
import org.vigie.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigie storyteller}: the one ordered writer of the distributed mode, until stopped. */
@Command(
    name = "storyteller",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the analysed articles of Kafka's topic " + Topics.ANALYSED + ", assigns each to a story and writes"
          + " articles, stories and dossiers to PostgreSQL and OpenSearch; commits its offsets after the writes.",
      "Run one; a second one started with the same options waits as a standby and takes over when the first"
          + " dies (docs/deploy.md). Stop it with Ctrl-C."
    })
final class StorytellerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ArgGroup(exclusive = false, multiplicity = "1") KafkaOption kafka;

  @Mixin ServerEnginesOption engines = new ServerEnginesOption();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!engines.chosen() || engines.problem() != null) {
      err.println("error: " + (engines.problem() != null ? engines.problem()
          : "the storyteller writes to --postgres URL and --opensearch URL: name both"));
      return 2;
    }
    String bootstrap = kafka.connect();
    try {
      engines.open().close(); // a wrong URL is told now, not when this storyteller takes over
    } catch (StoreException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    try (Storyteller storyteller = Storyteller.over(bootstrap, engines::open, err::println)) {
      Runtime.getRuntime().addShutdownHook(new Thread(storyteller::close));
      err.println("storyteller consuming " + Topics.ANALYSED + " on " + bootstrap + " (on standby until the group"
          + " gives it the partition)");
      storyteller.run();
      return 0;
    } catch (RuntimeException e) { // the store, opened when the group gives this member the partition, or Kafka
      err.println("error: " + e.getMessage() + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()));
      return 1;
    }
  }
}
