package org.vigie.cli;

import org.vigie.distributed.Topics;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --kafka HOST:PORT [--partitions N] [--replication N]}: the distributed mode's Kafka, and how its topics are
 * made when a command finds them absent (docs/deploy.md says which values a deployment needs); topics that exist are
 * left as they are.
 *
 * <p>An argument group, so that picocli says whether Kafka is needed: a command that runs only in the distributed
 * mode declares it {@code @ArgGroup(exclusive = false, multiplicity = "1")} (then {@code --kafka} is required), one
 * where it is a choice {@code @ArgGroup(exclusive = false)} (then the field stays null without {@code --kafka}, and
 * {@code --partitions} or {@code --replication} without it is a usage error). Values that cannot make a topic are
 * usage errors too, told before anything connects.
 */
final class KafkaOption {
  @Spec CommandSpec spec;

  @Option(names = "--kafka", required = true, paramLabel = "HOST:PORT", order = 1,
      description = "Kafka's bootstrap servers: the distributed mode (docs/deploy.md).")
  String bootstrap;

  private int partitions = Topics.DEFAULT_PARTITIONS;
  private short replication = 1;

  @Option(names = "--partitions", paramLabel = "N", order = 2,
      description = "With --kafka: partitions of the ingest topic when this command creates it, the most workers"
          + " that can share it (default: " + Topics.DEFAULT_PARTITIONS + ").")
  void partitions(int partitions) {
    this.partitions = atLeastOne("--partitions", partitions);
  }

  @Option(names = "--replication", paramLabel = "N", order = 3,
      description = "With --kafka: replication factor of both topics when this command creates them: 1 on one"
          + " broker, 3 with three (then a write waits for 2 replicas) (default: 1).")
  void replication(short replication) {
    this.replication = (short) atLeastOne("--replication", replication);
  }

  /** The bootstrap servers, once the topics that are absent are created. */
  String connect() {
    Topics.create(bootstrap, partitions, replication);
    return bootstrap;
  }

  private int atLeastOne(String option, int value) {
    if (value < 1) {
      throw new ParameterException(spec.commandLine(), option + " must be at least 1, got " + value);
    }
    return value;
  }
}
