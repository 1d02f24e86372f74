package org.vigie.distributed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.vigie.model.Excerpt;

/**
 * The consuming loop the worker and the storyteller share: poll a batch, decode each record (one that cannot be
 * decoded is reported by its key and skipped), hand the batch over, and commit the offsets only when the handler
 * has returned, so that a process killed mid-batch gets the batch again.
 */
final class LogReader<T> implements AutoCloseable {
  /** What a batch is handed to; it returns once its writes are durable. */
  @FunctionalInterface
  interface Handler<T> {
    void handle(List<T> batch);

    /** Called when a poll finds nothing new after a batch: the stream paused. */
    default void idle() {}

    /** Called, before any of their records, when the group gives this member partitions (maybe none). */
    default void assigned(Collection<Integer> partitions) {}

    /** Called when partitions leave this member (or it leaves the group): their next batch goes to another. */
    default void revoked(Collection<Integer> partitions) {}
  }

  private final KafkaConsumer<String, byte[]> consumer;
  private final String topic;
  private final Function<byte[], T> decoder;
  private final Consumer<String> notices;
  private volatile boolean stopped;

  LogReader(String bootstrap, String group, String topic, int maxBatch, Function<byte[], T> decoder,
      Consumer<String> notices) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxBatch);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    // a member that dies is noticed within this, and its partitions go to the others
    props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
    props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 2_000);
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 10 * 1024 * 1024);
    // a member joining or leaving moves only the partitions that must move; the others keep being read (a
    // storyteller on standby does not take the analysed partition from the active one by joining)
    props.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    this.topic = topic;
    this.decoder = decoder;
    this.notices = notices;
  }

  /** Runs until {@link #close()} is called from another thread. */
  void run(Handler<T> handler) {
    try {
      consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          handler.assigned(numbers(partitions));
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          handler.revoked(numbers(partitions));
        }
      });
      boolean busy = false;
      while (!stopped) {
        ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
          if (busy) {
            handler.idle();
            busy = false;
          }
          continue;
        }
        busy = true;
        List<T> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> r : records) {
          try {
            batch.add(decoder.apply(r.value()));
          } catch (IllegalArgumentException e) {
            notices.accept("record " + Excerpt.of(String.valueOf(r.key())) + " of " + topic + " (partition "
                + r.partition() + ", offset " + r.offset() + ") is skipped: " + e.getMessage());
          }
        }
        if (!batch.isEmpty()) {
          handler.handle(batch);
        }
        try {
          consumer.commitSync();
        } catch (RebalanceInProgressException | CommitFailedException e) {
          // a member joined or left meanwhile (a standby, a new worker): the next poll completes the rebalance and
          // the next commit covers this batch if the partitions stayed here; if they moved, their new owner gets the
          // batch again, and the writes are idempotent
          notices.accept("offsets of " + topic + " not committed during a rebalance (" + e.getClass().getSimpleName()
              + "); the batch may be delivered again");
        }
      }
    } catch (WakeupException e) {
      if (!stopped) {
        throw e;
      }
    } finally {
      consumer.close();
    }
  }

  private static List<Integer> numbers(Collection<TopicPartition> partitions) {
    return partitions.stream().map(TopicPartition::partition).toList();
  }

  @Override
  public void close() {
    stopped = true;
    consumer.wakeup();
  }
}
