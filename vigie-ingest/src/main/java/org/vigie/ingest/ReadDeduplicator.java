package org.vigie.ingest;

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
  private final RecentReads recent = new RecentReads(REMEMBERED);

  ReadDeduplicator(ReadSink sink) {
    this.sink = sink;
  }

  void add(Batch<Article> batch) {
    batch.errors().forEach(sink::error);
    for (Article article : batch.items()) {
      long content = ContentHash.fingerprint(article.title(), article.body());
      int sameId = recent.withId(article.id());
      if (sameId >= 0 && recent.content(sameId) != content) {
        sink.error(new ItemError(article.source(), "id '" + Excerpt.of(article.id()) + "' is already given to"
            + " other content by " + recent.source(sameId)));
        continue;
      }
      String firstId = sameId >= 0 ? article.id() : recent.idWithContent(content);
      if (firstId != null) {
        sink.duplicate(new Duplicate(article.source(), article.id(), firstId));
      } else {
        recent.add(article.id(), article.source(), content);
        sink.article(article);
      }
    }
  }
}
