package org.vigie.stories.clustering;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Story;

/**
 * Groups articles into stories as they arrive. Each article joins the most similar story among the candidates an
 * index retrieves for it, or starts a new story.
 *
 * <p>Implementations are thread-safe. A batch given to {@link #addAll} is processed in a canonical order —
 * publication date (articles without one last), then id — so the result does not depend on the order of the
 * batch or on how many threads call in.
 */
public interface StoryClusterer {

  /** Vigie's clusterer. */
  static StoryClusterer create(ClusteringConfig config) {
    return new IncrementalClusterer(config);
  }

  /** Vigie's clusterer with {@link ClusteringConfig#defaults()}. */
  static StoryClusterer create() {
    return create(ClusteringConfig.defaults());
  }

  /**
   * The naive baseline, for comparison: single pass, each article compared with every story's TF-IDF centroid
   * (folded words minus stopwords, no stems, entities, time or near-duplicates), joined when the cosine reaches
   * {@code threshold}.
   */
  static StoryClusterer naiveBaseline(double threshold) {
    return new CentroidBaseline(threshold);
  }

  /** Assigns one article. Adding an article id twice returns its first assignment. */
  Assignment add(AnalyzedArticle article);

  /** Assigns a batch in canonical order (see above) and returns the assignments in that order. */
  List<Assignment> addAll(Collection<AnalyzedArticle> articles);

  /** Every story so far, ordered by its first article; each story's articles in the order they joined. */
  List<Story> stories();

  /** The story with this id as it stands now, if this clusterer made it. */
  default Optional<Story> story(String id) {
    return stories().stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
