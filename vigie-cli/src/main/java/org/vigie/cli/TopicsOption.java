package org.vigie.cli;

import org.jspecify.annotations.Nullable;
import org.vigie.distributed.Topics;
import picocli.CommandLine.Option;

/**
 * {@code --partitions N --replication N}: how the distributed mode's topics are made when a command finds them
 * absent (docs/deploy.md says which values a deployment needs); topics that exist are left as they are.
 */
final class TopicsOption {
  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions of the ingest topic when this command creates it: the most workers that can share it"
          + " (default: " + Topics.DEFAULT_PARTITIONS + ").")
  int partitions = Topics.DEFAULT_PARTITIONS;

  @Option(names = "--replication", paramLabel = "N",
      description = "Replication factor of both topics when this command creates them: 1 on one broker, 3 with"
          + " three (then a write waits for 2 replicas) (default: 1).")
  short replication = 1;

  /** The reason the options cannot be used, or null. */
  @Nullable String problem() {
    if (partitions < 1 || replication < 1) {
      return "--partitions and --replication must be at least 1";
    }
    return null;
  }

  /** Creates the topics that are absent. */
  void create(String bootstrap) {
    Topics.create(bootstrap, partitions, replication);
  }
}
