package org.vigie.stories.clustering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Story;

/**
 * Vigie's clusterer. For each article, in order:
 * <ol>
 *   <li>document frequencies learn its features;</li>
 *   <li>the MinHash LSH index proposes earlier articles sharing a band (each bucket keeps its
 *       {@code maxBucketArticles} most recent articles, of the {@link StoryState#RECENT_MEMBERS} latest members of
 *       each story); the best one whose estimated shingle Jaccard similarity
 *       reaches the threshold, and which names no day far from the article's, makes the article its
 *       near-duplicate, in its story;</li>
 *   <li>otherwise the inverted index (feature → the {@code maxPostings} active stories that most recently gained
 *       it), queried with the article's {@code candidateFeatures} heaviest TF-IDF features, gives each story it
 *       reaches an overlap — the summed weights of the query features it holds — and the {@code maxCandidates}
 *       stories of highest overlap are scored, so the cost of an article depends on these bounds, not on the size
 *       of the window. Each candidate is scored by the cosine with its centroid (content terms and entity names,
 *       mixed by {@code entityWeight}, optionally with the best member's cosine); when the story holds articles in
 *       another language, by the cosine over language-neutral features (entity names and their words, numbers,
 *       dates) if that is higher; the score is multiplied by {@code yearConflictFactor} when article and story
 *       mention years but none in common, by {@code dayConflictFactor} when both name days (or are dated) and none
 *       of the article's is near one of the story's, and damped by the days between the article and the story's
 *       date range. A cosine reads the story's sums once per feature of the article; the centroid's norm is cached
 *       per story (see {@link FeatureSum}: exact for what changed, in full again after {@code normRefreshGrowth}
 *       growth of the document count);</li>
 *   <li>the best candidate at or above the threshold takes the article, else the article starts a story.</li>
 * </ol>
 * Stories leave the candidate window when the newest publication date seen is more than {@code windowDays} after
 * their last article, or, to bound undated streams, when more than {@code maxActiveStories} are active. Kept
 * articles hold their weights in {@link CompactWeights} keyed by the strings the document frequencies hold.
 */
final class IncrementalClusterer implements StoryClusterer {
  private static final Comparator<ArticleFeatures> CANONICAL =
      CanonicalOrder.by(ArticleFeatures::published, ArticleFeatures::id);

  final ClusteringConfig config;
  private final FeatureExtractor extractor;
  final DocumentFrequencies df;
  final List<StoryState> stories = new ArrayList<>();
  final Map<String, Assignment> assignments = new HashMap<>();
  final Map<String, StoryState> storyOfArticle = new HashMap<>();
  final Map<String, StoryState> storiesById = new HashMap<>();
  final RecentPostings postings;
  final LshBuckets bands;
  private final OverlapRanking ranking = new OverlapRanking();
  final TreeMap<LocalDate, Set<StoryState>> byLastDate = new TreeMap<>();
  final LinkedHashSet<StoryState> recency = new LinkedHashSet<>();
  @Nullable LocalDate clock;
  /** The sequence number the next new story gets: stories forgotten or not restored keep theirs. */
  int nextSeq;

  IncrementalClusterer(ClusteringConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.df = new DocumentFrequencies(config.idfPriorDocuments());
    this.postings = new RecentPostings(config.maxPostings());
    this.bands = new LshBuckets(config.maxBucketArticles());
    this.extractor = new FeatureExtractor(config.titleBoost(), config.bigramWeight(),
        new MinHasher(config.shingleSize(), config.bands() * config.rowsPerBand()));
  }

  @Override
  public synchronized Assignment add(AnalyzedArticle article) {
    Assignment known = assignments.get(article.id());
    return known != null ? known : assign(extractor.extract(article));
  }

  @Override
  public List<Assignment> addAll(Collection<AnalyzedArticle> articles) {
    // Extraction is pure, so it may run on any number of threads; assignment runs in canonical order.
    List<ArticleFeatures> features = new ArrayList<>(articles.parallelStream().map(extractor::extract).toList());
    features.sort(CANONICAL);
    synchronized (this) {
      List<Assignment> out = new ArrayList<>(features.size());
      for (ArticleFeatures f : features) {
        Assignment known = assignments.get(f.id());
        out.add(known != null ? known : assign(f));
      }
      return out;
    }
  }

  @Override
  public synchronized List<Story> stories() {
    List<Story> out = new ArrayList<>(stories.size());
    for (StoryState story : stories) {
      out.add(new Story(story.id, centralTitle(story), List.copyOf(story.memberIds)));
    }
    return out;
  }

  @Override
  public void save(java.io.OutputStream out) throws java.io.IOException {
    synchronized (this) {
      ClustererSnapshot.write(this, out);
    }
  }

  /**
   * Lets go of the stories that left the window, and of their articles' assignments: they can gain no article, and
   * a long stream would otherwise hold every story it ever made.
   */
  @Override
  public synchronized void forgetRetired() {
    stories.removeIf(story -> {
      if (story.active) {
        return false;
      }
      storiesById.remove(story.id);
      for (String member : story.memberIds) {
        assignments.remove(member);
        storyOfArticle.remove(member);
      }
      return true;
    });
  }

  @Override
  public synchronized Optional<Story> story(String id) {
    StoryState story = storiesById.get(id);
    return story == null ? Optional.empty()
        : Optional.of(new Story(story.id, centralTitle(story), List.copyOf(story.memberIds)));
  }

  private Assignment assign(ArticleFeatures extracted) {
    List<String> features = new ArrayList<>(extracted.terms().keySet());
    features.addAll(extracted.entities().keySet());
    extracted.neutral().keySet().stream().filter(k -> k.startsWith("n:")).forEach(features::add);
    df.add(features);
    ArticleFeatures article = kept(extracted);
    advanceClock(article.published());

    Assignment assignment = nearDuplicate(article);
    if (assignment == null) {
      assignment = bestStory(article);
    }
    StoryState story;
    if (assignment == null) {
      story = new StoryState("story-" + article.id(), nextSeq++);
      stories.add(story);
      storiesById.put(story.id, story);
      assignment = new Assignment(article.id(), story.id, 1.0, true, null);
    } else {
      story = Objects.requireNonNull(storiesById.get(assignment.story()));
    }
    join(story, article);
    assignments.put(article.id(), assignment);
    return assignment;
  }

  /**
   * The article as stories and buckets keep it: its weights in compact arrays, keyed by the feature strings
   * {@link #df} holds, so that a window of a hundred thousand articles does not hold a copy of each feature each.
   */
  private ArticleFeatures kept(ArticleFeatures a) {
    return new ArticleFeatures(a.id(), a.title(), a.language(), a.published(),
        CompactWeights.of(a.terms(), df::canonical), CompactWeights.of(a.entities(), df::canonical),
        CompactWeights.of(a.neutral(), df::canonical), a.years(), a.days(), a.signature());
  }

  private @Nullable Assignment nearDuplicate(ArticleFeatures article) {
    ArticleFeatures best = null;
    double bestSimilarity = 0;
    Set<String> seen = new HashSet<>();
    for (long key : bandKeys(article.signature())) {
      for (ArticleFeatures other : bands.articles(key)) {
        if (!seen.add(other.id()) || other.days().conflictWith(article.days(), config.dayToleranceDays())) {
          continue; // a templated report (quake, score, market close) of another day is another event
        }
        double similarity = MinHasher.similarity(article.signature(), other.signature());
        if (similarity >= config.nearDuplicateThreshold()
            && (similarity > bestSimilarity || similarity == bestSimilarity && CANONICAL.compare(other, best) < 0)) {
          best = other;
          bestSimilarity = similarity;
        }
      }
    }
    if (best == null) {
      return null;
    }
    return new Assignment(article.id(), storyOfArticle.get(best.id()).id, bestSimilarity, false, best.id());
  }

  private @Nullable Assignment bestStory(ArticleFeatures article) {
    Map<String, Double> terms = Vectors.tfIdf(article.terms(), df);
    Map<String, Double> entities = Vectors.tfIdf(article.entities(), df);
    Map<String, Double> neutral = Vectors.tfIdf(article.neutral(), df);
    StoryState best = null;
    double bestScore = -1;
    for (StoryState story : candidates(terms, entities, neutral)) {
      double score = score(article, terms, entities, story);
      if (score > bestScore || score == bestScore && best != null && story.seq < best.seq) {
        best = story;
        bestScore = score;
      }
    }
    if (best == null || bestScore < config.threshold()) {
      return null;
    }
    return new Assignment(article.id(), best.id, bestScore, false, null);
  }

  /**
   * The stories sharing the most weight with the article's {@code candidateFeatures} heaviest features, each
   * feature reading at most its {@code maxPostings} most recent stories; the best {@code maxCandidates} of them.
   */
  private List<StoryState> candidates(
      Map<String, Double> terms, Map<String, Double> entities, Map<String, Double> neutral) {
    Map<String, Double> all = new HashMap<>(neutral);
    all.putAll(terms);
    all.putAll(entities);
    List<Map.Entry<String, Double>> weighted = new ArrayList<>(all.entrySet());
    weighted.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    ranking.start();
    for (int i = 0; i < Math.min(config.candidateFeatures(), weighted.size()); i++) {
      double weight = weighted.get(i).getValue();
      for (StoryState story : postings.stories(weighted.get(i).getKey())) {
        ranking.add(story, weight);
      }
    }
    return ranking.top(config.maxCandidates());
  }

  private double score(
      ArticleFeatures article, Map<String, Double> terms, Map<String, Double> entities, StoryState story) {
    double centroid = combine(cosineWithSum(terms, story.termSum), entities,
        entities.isEmpty() || story.entitySum.isEmpty() ? -1 : cosineWithSum(entities, story.entitySum));
    double member = 0;
    if (config.memberWeight() > 0) {
      List<ArticleFeatures> members = story.recent;
      for (int i = Math.max(0, members.size() - config.maxMembersCompared()); i < members.size(); i++) {
        ArticleFeatures m = members.get(i);
        double t = Vectors.dot(terms, Vectors.tfIdf(m.terms(), df));
        double e = entities.isEmpty() || m.entities().isEmpty() ? -1
            : Vectors.dot(entities, Vectors.tfIdf(m.entities(), df));
        member = Math.max(member, combine(t, entities, e));
      }
    }
    double similarity = (1 - config.memberWeight()) * centroid + config.memberWeight() * member;
    if (story.languages.stream().anyMatch(l -> !l.equals(article.language()))) {
      // Across languages only names, numbers and dates can match: score them on their own.
      similarity = Math.max(similarity,
          config.crossLanguageWeight() * cosineWithSum(Vectors.tfIdf(article.neutral(), df), story.neutralSum));
    }
    if (story.yearsConflict(article.years())) {
      similarity *= config.yearConflictFactor();
    }
    if (story.days.conflictWith(article.days(), config.dayToleranceDays())) {
      similarity *= config.dayConflictFactor();
    }
    long gap = story.gapDays(article.published());
    return similarity / (1 + (double) gap / config.timeScaleDays());
  }

  private double combine(double termCosine, Map<String, Double> entities, double entityCosine) {
    if (entityCosine < 0) {
      return termCosine;
    }
    return (1 - config.entityWeight()) * termCosine + config.entityWeight() * entityCosine;
  }

  /** The cosine of a unit vector with a story's weighted sum: one look-up per entry of the unit vector. */
  private double cosineWithSum(Map<String, Double> unit, FeatureSum sum) {
    double norm = sum.norm(df, config.normRefreshGrowth());
    if (norm == 0) {
      return 0;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : unit.entrySet()) {
      double s = sum.get(e.getKey());
      if (s != 0) {
        dot += e.getValue() * s * df.idf(e.getKey());
      }
    }
    return dot / norm;
  }

  private void join(StoryState story, ArticleFeatures article) {
    LocalDate oldLast = story.last;
    ArticleFeatures letGo = story.add(article);
    storyOfArticle.put(article.id(), story);
    if (letGo != null) {
      // Only recent members are near-duplicate candidates or likely to be added again: a stream keeps, per older
      // article, nothing but its id in its story.
      storyOfArticle.remove(letGo.id());
      assignments.remove(letGo.id());
    }
    if (!story.active) {
      return;
    }
    if (letGo != null) {
      for (long key : bandKeys(letGo.signature())) {
        bands.remove(key, letGo);
      }
    }
    article.terms().keySet().forEach(f -> postings.add(f, story));
    article.entities().keySet().forEach(f -> postings.add(f, story));
    article.neutral().keySet().forEach(f -> postings.add(f, story));
    for (long key : bandKeys(article.signature())) {
      bands.add(key, article);
    }
    if (!Objects.equals(oldLast, story.last)) {
      if (oldLast != null) {
        byLastDate.get(oldLast).remove(story);
      }
      byLastDate.computeIfAbsent(Objects.requireNonNull(story.last), k -> new HashSet<>()).add(story);
    }
    recency.remove(story);
    recency.add(story);
    while (recency.size() > config.maxActiveStories()) {
      retire(recency.getFirst());
    }
    if (story.last != null) {
      advanceClock(story.last);
    }
  }

  private void advanceClock(@Nullable LocalDate date) {
    if (date == null || clock != null && !date.isAfter(clock)) {
      return;
    }
    clock = date;
    LocalDate horizon = date.minusDays(config.windowDays());
    while (!byLastDate.isEmpty() && byLastDate.firstKey().isBefore(horizon)) {
      for (StoryState story : List.copyOf(byLastDate.pollFirstEntry().getValue())) {
        retire(story);
      }
    }
  }

  /** Takes a story out of the candidate window: no index points at it any more. */
  private void retire(StoryState story) {
    if (!story.active) {
      return;
    }
    story.active = false;
    recency.remove(story);
    if (story.last != null) {
      Set<StoryState> sameDay = byLastDate.get(story.last);
      if (sameDay != null) {
        sameDay.remove(story);
        if (sameDay.isEmpty()) {
          byLastDate.remove(story.last);
        }
      }
    }
    for (String feature : story.termSum.features()) {
      postings.remove(feature, story);
    }
    for (String feature : story.entitySum.features()) {
      postings.remove(feature, story);
    }
    for (String feature : story.neutralSum.features()) {
      postings.remove(feature, story);
    }
    for (ArticleFeatures member : story.recent) {
      for (long key : bandKeys(member.signature())) {
        bands.remove(key, member);
      }
    }
  }

  private long[] bandKeys(long[] signature) {
    if (signature.length == 0) {
      return new long[0];
    }
    int rows = config.rowsPerBand();
    long[] keys = new long[config.bands()];
    for (int b = 0; b < keys.length; b++) {
      long h = MinHasher.mix(b + 1L);
      for (int r = 0; r < rows; r++) {
        h = MinHasher.mix(h ^ signature[b * rows + r]);
      }
      keys[b] = h;
    }
    return keys;
  }

  /** The title of the recent member closest to the story's centroid; the earliest member wins ties. */
  private String centralTitle(StoryState story) {
    ArticleFeatures best = null;
    double bestScore = -1;
    for (ArticleFeatures member : story.recent) {
      double score = cosineWithSum(Vectors.tfIdf(member.terms(), df), story.termSum);
      if (best == null || score > bestScore + 1e-12
          || Math.abs(score - bestScore) <= 1e-12 && CANONICAL.compare(member, best) < 0) {
        best = member;
        bestScore = score;
      }
    }
    return best == null ? "" : best.title();
  }
}
