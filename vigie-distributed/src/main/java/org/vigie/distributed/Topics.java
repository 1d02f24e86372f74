package org.vigie.distributed;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** The two topics of the distributed mode and the consumer groups that read them. */
public final class Topics {
  /** Articles to analyse, keyed by article id. */
  public static final String INGEST = "vigie.articles";
  /** Analysed articles, keyed by article id, for the storyteller. */
  public static final String ANALYSED = "vigie.analysed";
  /** The analysis workers' consumer group: add a worker, it takes a share of the ingest topic's partitions. */
  public static final String WORKERS = "vigie-workers";
  /** The storyteller's group: one member writes; a standby member waits for its partition (docs/deploy.md). */
  public static final String STORYTELLER = "vigie-storyteller";

  /** Partitions of the ingest topic when a command creates it: the most workers that can share it. */
  public static final int DEFAULT_PARTITIONS = 8;

  private Topics() {}

  /**
   * Creates both topics when absent. The analysed topic has one partition: the storyteller assigns stories in one
   * order; the ingest topic has as many as workers may run. With three replicas or more, an acknowledged write is on
   * two of them ({@code min.insync.replicas}), so one broker may fail without losing it or stopping the writes.
   */
  public static void create(String bootstrap, int ingestPartitions, short replication) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    Map<String, String> replicated = Map.of("min.insync.replicas", replication >= 3 ? "2" : "1");
    Map<String, String> analysed = new java.util.HashMap<>(replicated);
    analysed.put("max.message.bytes", "10485760");
    try (Admin admin = Admin.create(props)) {
      for (NewTopic topic : List.of(new NewTopic(INGEST, ingestPartitions, replication).configs(replicated),
          new NewTopic(ANALYSED, 1, replication).configs(analysed))) {
        try {
          admin.createTopics(Set.of(topic)).all().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create the topic " + topic.name() + " on " + bootstrap + ": "
                + e.getCause().getMessage(), e.getCause());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating the topics", e);
    }
  }
}
