package org.vigie.distributed;

import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.nlp.Pipeline;
import org.vigie.store.RecordCodec;

/**
 * An analysis worker: a member of the {@value Topics#WORKERS} group on the ingest topic, running the same {@link
 * Pipeline} as a local ingest and sending each analysed article to the analysed topic. Its offsets are committed
 * once the analysed articles are acknowledged, so a worker killed mid-batch leaves the batch to the next owner of its
 * partitions, which analyses it again; the storyteller drops the copies.
 */
public final class Worker implements AutoCloseable {
  private final LogReader<Article> reader;
  private final KafkaProducer<String, byte[]> producer;
  private final Supplier<Pipeline> pipeline;
  private final int threads;
  private final AtomicLong analysed = new AtomicLong();
  private final Consumer<String> notices;

  /**
   * @param pipeline the process's pipeline, asked for on the first batch
   * @param threads  analysis threads
   */
  public Worker(String bootstrap, Supplier<Pipeline> pipeline, int threads, Consumer<String> notices) {
    this.pipeline = pipeline;
    this.threads = threads;
    this.notices = notices;
    this.reader = new LogReader<>(bootstrap, Topics.WORKERS, Topics.INGEST, Math.max(2, threads * 4),
        RecordCodec::decodeArticle, notices);
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
    this.producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  /** Consumes and analyses until {@link #close()} is called from another thread. */
  public void run() {
    try {
      reader.run(new LogReader.Handler<>() {
        @Override
        public void handle(List<Article> batch) {
          analyse(batch);
        }

        @Override
        public void assigned(Collection<Integer> partitions) {
          if (!partitions.isEmpty()) {
            notices.accept("worker: given partitions " + partitions + " of " + Topics.INGEST);
          }
        }
      });
    } finally {
      producer.close();
    }
  }

  private void analyse(List<Article> batch) {
    // a batch of several (the log is backed up) goes by chunks of one article per thread, each sent once analysed:
    // the first articles of a batch do not wait for its last ones on their way to the storyteller
    int sent = 0;
    for (int from = 0; from < batch.size(); from += threads) {
      List<Article> chunk = batch.subList(from, Math.min(batch.size(), from + threads));
      for (AnalyzedArticle a : pipeline.get().analyzeAll(chunk, threads)) {
        producer.send(new ProducerRecord<>(Topics.ANALYSED, a.id(), RecordCodec.encode(a)));
        sent++;
      }
    }
    producer.flush(); // acknowledged before the offsets of their inputs are committed
    analysed.addAndGet(sent);
  }

  /** Articles analysed and sent since this worker started. */
  public long analysed() {
    return analysed.get();
  }

  @Override
  public void close() {
    reader.close();
  }
}
