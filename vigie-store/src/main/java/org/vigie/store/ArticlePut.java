package org.vigie.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;

/**
 * One article of a {@link Store#putAll} batch, with the story it was assigned to when known.
 */
public record ArticlePut(AnalyzedArticle article, @Nullable String storyId) {
  public ArticlePut {
    Objects.requireNonNull(article, "article");
  }
}
