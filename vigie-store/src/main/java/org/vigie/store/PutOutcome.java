package org.vigie.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Store#putAll} did with one article: its result, or the error that kept it from being stored and
 * searchable (the message names the article).
 */
public record PutOutcome(String articleId, @Nullable PutResult result, @Nullable StoreException error) {
  public PutOutcome {
    Objects.requireNonNull(articleId, "articleId");
    if ((result == null) == (error == null)) {
      throw new IllegalArgumentException("an outcome is a result or an error, not both nor neither");
    }
  }

  /** Each article of the batch put alone, its failure kept as its outcome. */
  static List<PutOutcome> oneByOne(Store store, List<ArticlePut> batch) {
    List<PutOutcome> out = new ArrayList<>(batch.size());
    for (ArticlePut one : batch) {
      try {
        out.add(of(one.article().id(), store.put(one.article(), one.storyId())));
      } catch (StoreException e) {
        out.add(failed(one.article().id(), e));
      }
    }
    return out;
  }

  static PutOutcome of(String articleId, PutResult result) {
    return new PutOutcome(articleId, result, null);
  }

  static PutOutcome failed(String articleId, StoreException error) {
    return new PutOutcome(articleId, null, error);
  }
}
