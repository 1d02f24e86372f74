package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.distributed.Topics;
import org.vigie.distributed.Worker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie worker --kafka HOST:PORT}: an analysis worker of the distributed mode, until stopped. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses the articles of Kafka's ingest topic (" + Topics.INGEST + ") as a member of the consumer group "
          + Topics.WORKERS + ", and sends them to the topic " + Topics.ANALYSED + " for the storyteller.",
      "Start more workers for more throughput (up to the ingest topic's partitions); a dead worker's partitions"
          + " move to the others. Stop it with Ctrl-C."
    })
final class WorkerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", description = "Kafka's bootstrap servers.")
  String kafka;

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Mixin TopicsOption topics = new TopicsOption();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (topics.problem() != null) {
      err.println("error: " + topics.problem());
      return 2;
    }
    topics.create(kafka);
    try (Worker worker = new Worker(kafka, NlpRuntime::pipeline, threads.count(), err::println)) {
      Runtime.getRuntime().addShutdownHook(new Thread(worker::close));
      err.println("worker consuming " + Topics.INGEST + " on " + kafka);
      worker.run();
    }
    return 0;
  }
}
