package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.distributed.Topics;
import org.vigie.distributed.Worker;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @ArgGroup(exclusive = false, multiplicity = "1") KafkaOption kafka;

  @Mixin ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String bootstrap = kafka.connect();
    try (Worker worker = new Worker(bootstrap, NlpRuntime::pipeline, threads.count(), err::println)) {
      Runtime.getRuntime().addShutdownHook(new Thread(worker::close));
      err.println("worker consuming " + Topics.INGEST + " on " + bootstrap);
      worker.run();
    }
    return 0;
  }
}
