package org.vigie.stories.clustering;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How {@link StoryClusterer#create} groups articles. Whether an article joins a story is decided by the learned
 * {@link AssignmentModel}; the rest bounds the work and the memory (candidate retrieval, window, LSH), with one
 * default for every language and kind of input.
 *
 * @param model                  scores each candidate story and says when the best is not good enough
 * @param candidateFeatures      how many of an article's heaviest features query the inverted index
 * @param idfPriorDocuments      pseudo-documents added to the online document count, so that early in a stream
 *                               shared features are not mistaken for common ones
 * @param windowDays             stories whose last article is older than this, relative to the newest
 *                               publication date seen, leave the candidate window
 * @param maxActiveStories       a cap on the candidate window for articles without dates: the least recently
 *                               updated stories leave first
 * @param nearDuplicateThreshold the estimated Jaccard similarity of word shingles from which an article naming the
 *                               same days as an earlier one is its reprint, and joins its story whatever the model
 *                               says (reported in {@link Assignment#nearDuplicateOf})
 * @param shingleSize            words per shingle
 * @param bands                  LSH bands of the MinHash signature
 * @param rowsPerBand            signature values per band
 * @param maxPostings            the inverted index keeps, per feature, the stories that most recently gained it,
 *                               at most this many: longer lists belong to features too common to discriminate
 * @param maxCandidates          the candidate stories scored in full: those sharing the most weight with the
 *                               article's query features (ties to the earlier story)
 * @param maxBucketArticles      each LSH bucket keeps its most recent articles, at most this many
 * @param normRefreshGrowth      a story's cached centroid norms are recomputed with current document frequencies
 *                               once the document count has grown by this share since their last computation; in
 *                               between only the entries that changed are re-weighted (0: always recomputed)
 * @param forgetUnseenAfter      a feature counted in n articles is forgotten (its document frequency, its entries
 *                               in stories' sums and its posting list) once n times this many articles have been
 *                               counted since it was last seen, checked every so many articles (0: never). Most
 *                               words of a news stream, names, numbers and above all word pairs, occur once or
 *                               twice; kept, they grow the state by a kilobyte or so per article for ever;
 *                               forgotten, a word met again later counts as new. A word seen often is kept as many
 *                               times longer
 */
public record ClusteringConfig(
    AssignmentModel model,
    int candidateFeatures,
    double idfPriorDocuments,
    int windowDays,
    int maxActiveStories,
    double nearDuplicateThreshold,
    int shingleSize,
    int bands,
    int rowsPerBand,
    int maxPostings,
    int maxCandidates,
    int maxBucketArticles,
    double normRefreshGrowth,
    int forgetUnseenAfter) {

  public ClusteringConfig {
    Objects.requireNonNull(model, "model");
    require(candidateFeatures > 0, "candidate features must be positive");
    require(idfPriorDocuments >= 0, "idf prior documents must not be negative");
    require(windowDays > 0, "window must be positive");
    require(maxActiveStories > 0, "max active stories must be positive");
    require(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1, "near-duplicate threshold must be in (0, 1]");
    require(shingleSize > 0, "shingle size must be positive");
    require(bands > 0 && rowsPerBand > 0, "bands and rows per band must be positive");
    require(maxPostings > 0, "max postings must be positive");
    require(maxCandidates > 0, "max candidates must be positive");
    require(maxBucketArticles > 0, "max bucket articles must be positive");
    require(normRefreshGrowth >= 0, "norm refresh growth must not be negative");
    require(forgetUnseenAfter >= 0, "forget unseen after must not be negative");
  }

  /** The shipped model with the bounds measured in the project's report; one for every language. */
  public static ClusteringConfig defaults() {
    return new ClusteringConfig(AssignmentModel.shipped(), 40, 20, 365, 20_000, 0.8, 4, 16, 4, 256, 64, 64, 0.01, 20_000);
  }

  public ClusteringConfig withModel(AssignmentModel value) {
    return with(c -> c.model = Objects.requireNonNull(value, "model"));
  }

  public ClusteringConfig withWindow(int days, int maxStories) {
    return with(c -> {
      c.windowDays = days;
      c.maxActiveStories = maxStories;
    });
  }

  public ClusteringConfig withRetrieval(int postings, int candidates, int bucketArticles) {
    return with(c -> {
      c.maxPostings = postings;
      c.maxCandidates = candidates;
      c.maxBucketArticles = bucketArticles;
    });
  }

  public ClusteringConfig withNormRefreshGrowth(double value) {
    return with(c -> c.normRefreshGrowth = value);
  }

  public ClusteringConfig withForgetUnseenAfter(int articles) {
    return with(c -> c.forgetUnseenAfter = articles);
  }

  private ClusteringConfig with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** A mutable copy, so that each {@code with...} method names only what it changes. */
  private static final class Copy {
    AssignmentModel model;
    int candidateFeatures;
    double idfPriorDocuments;
    int windowDays;
    int maxActiveStories;
    double nearDuplicateThreshold;
    int shingleSize;
    int bands;
    int rowsPerBand;
    int maxPostings;
    int maxCandidates;
    int maxBucketArticles;
    double normRefreshGrowth;
    int forgetUnseenAfter;

    Copy(ClusteringConfig c) {
      model = c.model;
      candidateFeatures = c.candidateFeatures;
      idfPriorDocuments = c.idfPriorDocuments;
      windowDays = c.windowDays;
      maxActiveStories = c.maxActiveStories;
      nearDuplicateThreshold = c.nearDuplicateThreshold;
      shingleSize = c.shingleSize;
      bands = c.bands;
      rowsPerBand = c.rowsPerBand;
      maxPostings = c.maxPostings;
      maxCandidates = c.maxCandidates;
      maxBucketArticles = c.maxBucketArticles;
      normRefreshGrowth = c.normRefreshGrowth;
      forgetUnseenAfter = c.forgetUnseenAfter;
    }

    ClusteringConfig build() {
      return new ClusteringConfig(model, candidateFeatures, idfPriorDocuments, windowDays, maxActiveStories,
          nearDuplicateThreshold, shingleSize, bands, rowsPerBand, maxPostings, maxCandidates, maxBucketArticles,
          normRefreshGrowth, forgetUnseenAfter);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
