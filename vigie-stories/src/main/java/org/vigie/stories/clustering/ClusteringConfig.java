package org.vigie.stories.clustering;

import java.util.function.Consumer;

/**
 * How {@link StoryClusterer#create} groups articles. {@link #defaults()} is the one configuration tuned on the dev
 * halves of both evaluation corpora (ECB+ English, French headlines).
 *
 * @param threshold              the similarity an article needs with a story to join it
 * @param entityWeight           the share of entity similarity (canonical names) in the score, in [0, 1]; the
 *                               rest is content-term similarity
 * @param memberWeight           the share of the best single-member similarity (against the centroid's), [0, 1]
 * @param titleBoost             how many times a title word counts
 * @param bigramWeight           how much a pair of adjacent content words counts, against 1 for a word; 0 for none
 * @param candidateFeatures      how many of an article's heaviest features query the inverted index
 * @param maxMembersCompared     the most recent members a candidate story compares the article with
 * @param yearConflictFactor     multiplies the similarity when the article and the story both mention years (in
 *                               their text, resolved dates or publication dates) and share none: the proxy for
 *                               time proximity when publication dates are unknown
 * @param dayConflictFactor      multiplies the similarity when the article and the story both name days (in their
 *                               text or as publication dates) and none of the article's lies within
 *                               {@code dayToleranceDays} of one of the story's: two events of the same kind at the
 *                               same place (two earthquakes, two firings) are told apart by when they happened
 * @param dayToleranceDays       how far apart two named days may be and still be the same event's
 * @param crossLanguageWeight    scales the similarity of language-neutral features (entity names and their words,
 *                               numbers, dates), used when the story holds articles in another language
 * @param idfPriorDocuments      pseudo-documents added to the online document count, so that early in a stream
 *                               shared features are not mistaken for common ones
 * @param timeScaleDays          the gap in days (outside the story's date range) that halves the similarity
 * @param windowDays             stories whose last article is older than this, relative to the newest
 *                               publication date seen, leave the candidate window
 * @param maxActiveStories       a cap on the candidate window for articles without dates: the least recently
 *                               updated stories leave first
 * @param nearDuplicateThreshold the estimated Jaccard similarity of word shingles above which an article is a
 *                               near-duplicate of an earlier one
 * @param shingleSize            words per shingle
 * @param bands                  LSH bands of the MinHash signature
 * @param rowsPerBand            signature values per band
 * @param maxPostings            the inverted index keeps, per feature, the stories that most recently gained it,
 *                               at most this many: longer lists belong to features too common to discriminate
 * @param maxCandidates          the candidate stories scored in full: those sharing the most weight with the
 *                               article's query features (ties to the earlier story)
 * @param maxBucketArticles      each LSH bucket keeps its most recent articles, at most this many
 * @param normRefreshGrowth      a story's cached centroid norm is recomputed with current document frequencies
 *                               once the document count has grown by this share since its last computation; in
 *                               between only the entries that changed are re-weighted (0: always recomputed)
 */
public record ClusteringConfig(
    double threshold,
    double entityWeight,
    double memberWeight,
    double titleBoost,
    double bigramWeight,
    int candidateFeatures,
    int maxMembersCompared,
    double yearConflictFactor,
    double dayConflictFactor,
    int dayToleranceDays,
    double crossLanguageWeight,
    double idfPriorDocuments,
    double timeScaleDays,
    int windowDays,
    int maxActiveStories,
    double nearDuplicateThreshold,
    int shingleSize,
    int bands,
    int rowsPerBand,
    int maxPostings,
    int maxCandidates,
    int maxBucketArticles,
    double normRefreshGrowth) {

  public ClusteringConfig {
    require(threshold > 0 && threshold < 1, "threshold must be in (0, 1)");
    require(entityWeight >= 0 && entityWeight <= 1, "entity weight must be in [0, 1]");
    require(memberWeight >= 0 && memberWeight <= 1, "member weight must be in [0, 1]");
    require(titleBoost >= 1, "title boost must be at least 1");
    require(bigramWeight >= 0, "bigram weight must not be negative");
    require(candidateFeatures > 0, "candidate features must be positive");
    require(maxMembersCompared > 0, "max members compared must be positive");
    require(yearConflictFactor >= 0 && yearConflictFactor <= 1, "year conflict factor must be in [0, 1]");
    require(dayConflictFactor >= 0 && dayConflictFactor <= 1, "day conflict factor must be in [0, 1]");
    require(dayToleranceDays >= 0, "day tolerance must not be negative");
    require(crossLanguageWeight >= 0 && crossLanguageWeight <= 1, "cross-language weight must be in [0, 1]");
    require(idfPriorDocuments >= 0, "idf prior documents must not be negative");
    require(timeScaleDays > 0, "time scale must be positive");
    require(windowDays > 0, "window must be positive");
    require(maxActiveStories > 0, "max active stories must be positive");
    require(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1, "near-duplicate threshold must be in (0, 1]");
    require(shingleSize > 0, "shingle size must be positive");
    require(bands > 0 && rowsPerBand > 0, "bands and rows per band must be positive");
    require(maxPostings > 0, "max postings must be positive");
    require(maxCandidates > 0, "max candidates must be positive");
    require(maxBucketArticles > 0, "max bucket articles must be positive");
    require(normRefreshGrowth >= 0, "norm refresh growth must not be negative");
  }

  /** The configuration measured in the project's report; one for every language. */
  public static ClusteringConfig defaults() {
    return new ClusteringConfig(0.09, 0.3, 0.0, 4.0, 0.5, 40, 20, 0.3, 0.3, 7, 1.0, 20, 100, 365, 20_000, 0.8, 4, 16,
        4, 256, 64, 64, 0.001);
  }

  public ClusteringConfig withThreshold(double value) {
    return with(c -> c.threshold = value);
  }

  public ClusteringConfig withEntityWeight(double value) {
    return with(c -> c.entityWeight = value);
  }

  public ClusteringConfig withMemberWeight(double value) {
    return with(c -> c.memberWeight = value);
  }

  public ClusteringConfig withTitleBoost(double value) {
    return with(c -> c.titleBoost = value);
  }

  public ClusteringConfig withBigramWeight(double value) {
    return with(c -> c.bigramWeight = value);
  }

  public ClusteringConfig withYearConflictFactor(double value) {
    return with(c -> c.yearConflictFactor = value);
  }

  public ClusteringConfig withDayConflict(double factor, int toleranceDays) {
    return with(c -> {
      c.dayConflictFactor = factor;
      c.dayToleranceDays = toleranceDays;
    });
  }

  public ClusteringConfig withIdfPriorDocuments(double value) {
    return with(c -> c.idfPriorDocuments = value);
  }

  public ClusteringConfig withTimeScaleDays(double value) {
    return with(c -> c.timeScaleDays = value);
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

  private ClusteringConfig with(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** A mutable copy, so that each {@code with...} method names only what it changes. */
  private static final class Copy {
    double threshold;
    double entityWeight;
    double memberWeight;
    double titleBoost;
    double bigramWeight;
    int candidateFeatures;
    int maxMembersCompared;
    double yearConflictFactor;
    double dayConflictFactor;
    int dayToleranceDays;
    double crossLanguageWeight;
    double idfPriorDocuments;
    double timeScaleDays;
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

    Copy(ClusteringConfig c) {
      threshold = c.threshold;
      entityWeight = c.entityWeight;
      memberWeight = c.memberWeight;
      titleBoost = c.titleBoost;
      bigramWeight = c.bigramWeight;
      candidateFeatures = c.candidateFeatures;
      maxMembersCompared = c.maxMembersCompared;
      yearConflictFactor = c.yearConflictFactor;
      dayConflictFactor = c.dayConflictFactor;
      dayToleranceDays = c.dayToleranceDays;
      crossLanguageWeight = c.crossLanguageWeight;
      idfPriorDocuments = c.idfPriorDocuments;
      timeScaleDays = c.timeScaleDays;
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
    }

    ClusteringConfig build() {
      return new ClusteringConfig(threshold, entityWeight, memberWeight, titleBoost, bigramWeight, candidateFeatures,
          maxMembersCompared, yearConflictFactor, dayConflictFactor, dayToleranceDays, crossLanguageWeight,
          idfPriorDocuments, timeScaleDays, windowDays, maxActiveStories, nearDuplicateThreshold, shingleSize, bands,
          rowsPerBand, maxPostings, maxCandidates, maxBucketArticles, normRefreshGrowth);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
