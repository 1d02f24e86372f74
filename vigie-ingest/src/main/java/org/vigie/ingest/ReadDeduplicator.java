package org.vigie.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.model.Article;
import org.vigie.model.Batch;
import org.vigie.model.ContentHash;
import org.vigie.model.Duplicate;
import org.vigie.model.Excerpt;
import org.vigie.model.ItemError;

/**
 * Keeps the first of exact duplicates within one read: an article whose id, or whose content hash, an earlier
 * article already had is reported as a duplicate of that article; one that takes an earlier article's id with
 * other content is an error (one id, one article). It remembers the last {@value #REMEMBERED} articles of the read,
 * so that a backfill of millions streams in bounded memory; a store keeps repeats further apart out by id.
 */
final class ReadDeduplicator {
  static final int REMEMBERED = 200_000;

  private final ReadSink sink;
  private final Map<String, Seen> byId = bounded();
  private final Map<String, String> firstIdByContent = bounded();

  private record Seen(String source, String contentHash) {}

  ReadDeduplicator(ReadSink sink) {
    this.sink = sink;
  }

  void add(Batch<Article> batch) {
    batch.errors().forEach(sink::error);
    for (Article article : batch.items()) {
      String contentHash = ContentHash.of(article.title(), article.body());
      Seen sameId = byId.get(article.id());
      if (sameId != null && !sameId.contentHash().equals(contentHash)) {
        sink.error(new ItemError(article.source(), "id '" + Excerpt.of(article.id()) + "' is already given to"
            + " other content by " + sameId.source()));
        continue;
      }
      String firstId = sameId != null ? article.id() : firstIdByContent.get(contentHash);
      if (firstId != null) {
        sink.duplicate(new Duplicate(article.source(), article.id(), firstId));
      } else {
        byId.put(article.id(), new Seen(article.source(), contentHash));
        firstIdByContent.put(contentHash, article.id());
        sink.article(article);
      }
    }
  }

  private static <V> Map<String, V> bounded() {
    return new LinkedHashMap<>() {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > REMEMBERED;
      }
    };
  }
}
