package org.vigie.stories.clustering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;

/** Publication date (undated articles first), then id: the order a batch is clustered in. */
final class CanonicalOrder {
  static final Comparator<AnalyzedArticle> ARTICLES = by(a -> a.article().published(), AnalyzedArticle::id);

  private CanonicalOrder() {}

  /** The canonical order over anything with a publication date and an id. */
  static <T> Comparator<T> by(Function<T, @Nullable LocalDate> published, Function<T, String> id) {
    return Comparator.comparing(published, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(id);
  }

  static List<AnalyzedArticle> sorted(Collection<AnalyzedArticle> articles) {
    List<AnalyzedArticle> sorted = new ArrayList<>(articles);
    sorted.sort(ARTICLES);
    return sorted;
  }
}
