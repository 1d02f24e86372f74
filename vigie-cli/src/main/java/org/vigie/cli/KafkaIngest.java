package org.vigie.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.app.ArticleSource;
import org.vigie.app.ListenerSink;
import org.vigie.distributed.Publisher;
import org.vigie.distributed.Topics;
import org.vigie.model.Article;
import org.vigie.model.Excerpt;

/** {@code vigie ingest --kafka}: the articles read are published to the ingest topic, keyed by id. */
final class KafkaIngest {
  private KafkaIngest() {}

  /** @param bootstrap Kafka's bootstrap servers, with the topics created */
  static int publish(String bootstrap, ArticleSource source, IngestOutcomes outcomes, PrintWriter err,
      PrintWriter out) {
    AtomicLong published = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    try (Publisher publisher = new Publisher(bootstrap)) {
      source.readInto(new ListenerSink(outcomes) {
        @Override
        public void article(Article article) {
          publisher.publish(article).whenComplete((ok, e) -> {
            if (e == null) {
              published.incrementAndGet();
            } else {
              failed.incrementAndGet();
              err.println("error: cannot publish article " + Excerpt.of(article.id()) + ": " + e.getMessage());
            }
          });
        }
      });
      publisher.flush();
    }
    out.println("published " + published.get() + " article(s) to " + Topics.INGEST + " on " + bootstrap);
    return failed.get() == 0 && outcomes.clean() ? 0 : 1;
  }
}
