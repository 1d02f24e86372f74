package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.vigie.model.AnalyzedArticle;

/** Publication date (undated articles first), then id: the order a batch is clustered in. */
final class CanonicalOrder {
  static final Comparator<AnalyzedArticle> ARTICLES = Comparator
      .comparing((AnalyzedArticle a) -> a.article().published(), Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(AnalyzedArticle::id);

  private CanonicalOrder() {}

  static List<AnalyzedArticle> sorted(Collection<AnalyzedArticle> articles) {
    List<AnalyzedArticle> sorted = new ArrayList<>(articles);
    sorted.sort(ARTICLES);
    return sorted;
  }
}
