package org.vigie.stories.clustering;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

  /**
   * A clusterer saved with {@link #save}, going on exactly as the saved one would have; the stories that had left
   * the window are not in it.
   *
   * @throws IOException when the bytes are not a saved state of this version of Vigie's clusterer with this
   *     configuration (the caller then builds the state again from the articles)
   */
  static StoryClusterer restore(InputStream in, ClusteringConfig config) throws IOException {
    return ClustererSnapshot.read(in, config);
  }

  /**
   * Assigns one article. Adding an article id again while it is one of its story's 64 latest articles returns its
   * first assignment; an older one is not remembered (a stream of millions keeps per article only its id in its
   * story), and callers that may add an article twice check first (the store does, by id).
   */
  Assignment add(AnalyzedArticle article);

  /** Assigns a batch in canonical order (see above) and returns the assignments in that order. */
  List<Assignment> addAll(Collection<AnalyzedArticle> articles);

  /** Every story so far, ordered by its first article; each story's articles in the order they joined. */
  List<Story> stories();

  /**
   * Writes this clusterer's state — its window of active stories: their features' sums, recent members, the
   * document frequencies and the indexes over them — in a versioned format that only this module reads, for {@link
   * #restore}. Its size is the window's, not the stream's.
   *
   * @throws UnsupportedOperationException for a clusterer that cannot be saved (the baseline)
   */
  default void save(OutputStream out) throws IOException {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot be saved");
  }

  /** Lets go of the stories that left the window: {@link #stories} no longer lists them. */
  default void forgetRetired() {}

  /** The story with this id as it stands now, if this clusterer made it. */
  default Optional<Story> story(String id) {
    return stories().stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
