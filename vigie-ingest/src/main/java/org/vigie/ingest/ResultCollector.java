package org.vigie.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.model.Article;
import org.vigie.model.Batch;
import org.vigie.model.ContentHash;
import org.vigie.model.Duplicate;
import org.vigie.model.Excerpt;
import org.vigie.model.ItemError;

/**
 * Gathers what one read produced, keeping the first of exact duplicates: an article whose id, or whose content
 * hash, an earlier article already had is reported as a duplicate of that article. An article that takes an
 * earlier article's id with other content is an error: one id, one article.
 */
final class ResultCollector {
  private final List<Article> articles = new ArrayList<>();
  private final List<Duplicate> duplicates = new ArrayList<>();
  private final List<ItemError> errors = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final Map<String, Article> byId = new HashMap<>();
  private final Map<String, String> firstIdByContent = new HashMap<>();

  void add(Batch<Article> batch) {
    errors.addAll(batch.errors());
    for (Article article : batch.items()) {
      String contentHash = ContentHash.of(article.title(), article.body());
      Article sameId = byId.get(article.id());
      if (sameId != null && !ContentHash.of(sameId.title(), sameId.body()).equals(contentHash)) {
        errors.add(new ItemError(article.source(), "id '" + Excerpt.of(article.id()) + "' is already given to"
            + " other content by " + sameId.source()));
        continue;
      }
      String firstId = sameId != null ? article.id() : firstIdByContent.get(contentHash);
      if (firstId != null) {
        duplicates.add(new Duplicate(article.source(), article.id(), firstId));
      } else {
        articles.add(article);
        byId.put(article.id(), article);
        firstIdByContent.put(contentHash, article.id());
      }
    }
  }

  void skip(List<Skipped> files) {
    skipped.addAll(files);
  }

  IngestResult result() {
    return new IngestResult(articles, duplicates, errors, skipped);
  }
}
