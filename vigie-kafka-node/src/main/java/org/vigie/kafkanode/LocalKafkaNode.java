package org.vigie.kafkanode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A one-node Kafka in KRaft mode (one process is broker and controller) on loopback, for tests, the distributed
 * bench and development; never for production (see docs/deploy.md). Started as {@code java -cp ...
 * LocalKafkaNode DIR}: its logs under {@code DIR}, its bootstrap address written to {@code DIR/bootstrap} once the
 * broker is ready. It runs until killed.
 */
public final class LocalKafkaNode {
  private LocalKafkaNode() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: LocalKafkaNode DATA_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(dir);
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
            .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).setBaseDirectory(dir).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    Path temporary = dir.resolve("bootstrap.tmp");
    Files.writeString(temporary, cluster.bootstrapServers(), StandardCharsets.UTF_8);
    Files.move(temporary, dir.resolve("bootstrap"), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        cluster.close();
      } catch (Exception ignored) {
        // shutting down
      }
      stopped.countDown();
    }));
    stopped.await();
  }
}
