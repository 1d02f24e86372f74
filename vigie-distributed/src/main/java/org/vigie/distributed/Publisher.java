package org.vigie.distributed;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.vigie.app.IngestLog;
import org.vigie.model.Article;
import org.vigie.store.RecordCodec;

/**
 * Publishes articles to the ingest topic, keyed by article id (so the copies of one article land in one partition,
 * in order). Acknowledged by every in-sync replica, with the producer's idempotence on: a retried send is not
 * written twice.
 */
public final class Publisher implements IngestLog, AutoCloseable {
  private final KafkaProducer<String, byte[]> producer;

  public Publisher(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
    producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  /** Sends the article; the future completes when Kafka has it, or fails with the reason it does not. */
  public CompletableFuture<Void> publish(Article article) {
    CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    producer.send(new ProducerRecord<>(Topics.INGEST, article.id(), RecordCodec.encode(article)), (meta, e) -> {
      if (e == null) {
        acknowledged.complete(null);
      } else {
        acknowledged.completeExceptionally(e);
      }
    });
    return acknowledged;
  }

  /** Sends the article and waits until Kafka has it: the ingest log of a server in distributed mode. */
  @Override
  public void append(Article article) {
    try {
      publish(article).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot publish article " + article.id() + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing article " + article.id(), e);
    }
  }

  /** Waits until every article sent so far is acknowledged. */
  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }
}
