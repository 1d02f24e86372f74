package org.vigie.stories.clustering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 *   <li>candidate stories come from two indexes: the inverted index (feature → the {@code maxPostings} active
 *       stories that most recently gained it), queried with the article's {@code candidateFeatures} heaviest TF-IDF
 *       features, gives each story it reaches an overlap — the summed weights of the query features it holds — and
 *       the {@code maxCandidates} stories of highest overlap are kept; the MinHash LSH index adds the stories of the
 *       earlier articles sharing a band with it (each bucket keeps its {@code maxBucketArticles} most recent
 *       articles, of the {@link StoryState#RECENT_MEMBERS} latest members of each story), with their estimated
 *       shingle Jaccard similarity. So the cost of an article depends on these bounds, not on the size of the
 *       window;</li>
 *   <li>each candidate's {@link PairFeatures} (a cosine per feature space, read once per feature of the article
 *       with the centroid's norm cached per story, see {@link FeatureSum}; names, languages, days, years, size)
 *       go through the {@link AssignmentModel}; the most probable candidate takes the article when its
 *       probability reaches the model's threshold, else the article starts a story.</li>
 * </ol>
 * Stories leave the candidate window when the newest publication date seen is more than {@code windowDays} after
 * their last article, or, to bound undated streams, when more than {@code maxActiveStories} are active. Kept
 * articles hold their weights in {@link CompactWeights} keyed by the strings the document frequencies hold.
 */
final class IncrementalClusterer implements StoryClusterer {
  private static final Comparator<ArticleFeatures> CANONICAL =
      CanonicalOrder.by(ArticleFeatures::published, ArticleFeatures::id);
  /** The spaces that query the inverted index and are posted in it. */
  static final List<FeatureSpace> INDEXED = List.of(FeatureSpace.TEXT, FeatureSpace.PERSONS,
      FeatureSpace.ORGANIZATIONS, FeatureSpace.PLACES, FeatureSpace.OTHER_NAMES, FeatureSpace.NEUTRAL);

  final ClusteringConfig config;
  private final FeatureExtractor extractor;
  final DocumentFrequencies df;
  private final PairFeatures pairs;
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
    this.pairs = new PairFeatures(df, config.normRefreshGrowth());
    this.postings = new RecentPostings(config.maxPostings());
    this.bands = new LshBuckets(config.maxBucketArticles());
    this.extractor = FeatureExtractor.of(config);
  }

  /** A candidate story, its pair features, and the member the article nearly copies (if LSH found one). */
  private record Candidate(StoryState story, double[] features, @Nullable ArticleFeatures nearCopy,
      double nearSimilarity) {}

  /**
   * How many days apart the days two articles name may be for one to be a reprint of the other: a copy names the
   * same days, or is published the day after.
   */
  private static final int REPRINT_DAYS = 1;

  @Override
  public synchronized Assignment add(AnalyzedArticle article) {
    Assignment known = assignments.get(article.id());
    return known != null ? known : assign(extractor.extract(article));
  }

  @Override
  public List<Assignment> addAll(Collection<AnalyzedArticle> articles) {
    return addExtracted(extractAll(articles));
  }

  /** Assigns articles already extracted (with this clusterer's configuration), in canonical order. */
  List<Assignment> addExtracted(List<ArticleFeatures> extracted) {
    List<ArticleFeatures> features = new ArrayList<>(extracted);
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

  /**
   * Training: runs the articles through an empty clusterer in canonical order, each joining the story of its gold
   * label (an article without one is a story of its own), and returns the decision each article met: the pair
   * features of its candidates and which was its gold story. Reprints are left out: the model is not asked about
   * them. Each decision is given a second time as if every candidate story were in another language (see
   * {@link PairFeatures#acrossLanguages}): few corpora hold both languages, and this teaches the model what names,
   * numbers and days are worth on their own.
   */
  synchronized List<PairExample> teach(List<ArticleFeatures> extracted, Map<String, String> gold) {
    if (!stories.isEmpty()) {
      throw new IllegalStateException("teaching needs an empty clusterer");
    }
    Map<String, StoryState> storyOfLabel = new HashMap<>();
    List<PairExample> examples = new ArrayList<>();
    List<ArticleFeatures> ordered = new ArrayList<>(extracted);
    ordered.sort(CANONICAL);
    for (ArticleFeatures features : ordered) {
      if (assignments.containsKey(features.id())) {
        continue;
      }
      ArticleFeatures article = learn(features);
      String label = gold.getOrDefault(article.id(), "\u0000" + article.id());
      StoryState story = storyOfLabel.get(label);
      List<Candidate> candidates = candidates(article);
      if (reprinted(article, candidates) == null) {
        List<double[]> rows = new ArrayList<>();
        int chosen = -1;
        for (Candidate candidate : candidates) {
          if (candidate.story() == story) {
            chosen = rows.size();
          }
          rows.add(candidate.features());
        }
        examples.add(new PairExample(rows, chosen));
        if (candidates.stream().anyMatch(c -> c.story().languages.contains(article.language()))) {
          List<double[]> across = new ArrayList<>(rows.size());
          for (double[] row : rows) {
            double[] copy = row.clone();
            PairFeatures.acrossLanguages(copy);
            across.add(copy);
          }
          pairs.complete(article, across);
          examples.add(new PairExample(across, chosen));
        }
      }
      boolean fresh = story == null;
      if (fresh) {
        story = newStory(article);
        storyOfLabel.put(label, story);
      }
      join(story, article);
      assignments.put(article.id(), new Assignment(article.id(), story.id, 1.0, fresh, null));
    }
    return examples;
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

  /** Extraction is pure, so it may run on any number of threads; assignment runs in canonical order. */
  private List<ArticleFeatures> extractAll(Collection<AnalyzedArticle> articles) {
    return articles.parallelStream().map(extractor::extract).toList();
  }

  private Assignment assign(ArticleFeatures extracted) {
    ArticleFeatures article = learn(extracted);
    return place(article, candidates(article));
  }

  /**
   * The best-scored candidate takes the article when the model prefers joining it to starting a story; else the
   * article starts a story. The assignment's similarity is the model's probability of that join.
   */
  private Assignment place(ArticleFeatures article, List<Candidate> candidates) {
    Candidate copy = reprinted(article, candidates);
    if (copy != null) {
      Assignment assignment = new Assignment(article.id(), copy.story().id, copy.nearSimilarity(), false,
          Objects.requireNonNull(copy.nearCopy()).id());
      join(copy.story(), article);
      assignments.put(article.id(), assignment);
      return assignment;
    }
    Candidate best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Candidate candidate : candidates) {
      double score = config.model().score(candidate.features());
      if (score > bestScore || score == bestScore && best != null && candidate.story().seq < best.story().seq) {
        best = candidate;
        bestScore = score;
      }
    }
    Assignment assignment;
    StoryState story;
    if (best == null || bestScore <= 0) {
      story = newStory(article);
      assignment = new Assignment(article.id(), story.id, 1.0, true, null);
    } else {
      story = best.story();
      assignment = new Assignment(article.id(), story.id, AssignmentModel.probability(bestScore), false, null);
    }
    join(story, article);
    assignments.put(article.id(), assignment);
    return assignment;
  }

  /**
   * The candidate holding the article the given one reprints — estimated shingle Jaccard similarity at least
   * {@code nearDuplicateThreshold}, naming the same days — or null. A reprint joins its original's story whatever
   * the model says: the model learns from stories, and a story's burst of copies makes every shared word look common.
   * A templated report of another day (a quake bulletin, a match result) names other days: it is no reprint.
   */
  private @Nullable Candidate reprinted(ArticleFeatures article, List<Candidate> candidates) {
    Candidate best = null;
    for (Candidate candidate : candidates) {
      ArticleFeatures copy = candidate.nearCopy();
      if (copy == null || candidate.nearSimilarity() < config.nearDuplicateThreshold()
          || copy.days().distance(article.days()) > REPRINT_DAYS) {
        continue;
      }
      if (best == null || candidate.nearSimilarity() > best.nearSimilarity()
          || candidate.nearSimilarity() == best.nearSimilarity()
              && CANONICAL.compare(copy, Objects.requireNonNull(best.nearCopy())) < 0) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * Counts the article's features in the document frequencies and returns it as stories and buckets keep it: its
   * weights in compact arrays keyed by the feature strings {@link #df} holds, so that a window of a hundred
   * thousand articles does not hold a copy of each feature each.
   */
  private ArticleFeatures learn(ArticleFeatures a) {
    Set<String> features = new LinkedHashSet<>();
    for (FeatureSpace space : FeatureSpace.ALL) {
      features.addAll(a.weights(space).keySet());
    }
    df.add(features);
    int forgetAfter = config.forgetUnseenAfter();
    if (forgetAfter > 0 && df.documents() % forgetAfter == 0) {
      forgetUnseen(forgetAfter);
    }
    List<java.util.Map<String, Double>> spaces = new ArrayList<>(a.spaces().size());
    for (FeatureSpace space : FeatureSpace.ALL) {
      spaces.add(CompactWeights.of(a.weights(space), df::canonical));
    }
    ArticleFeatures kept = new ArticleFeatures(a.id(), a.title(), a.language(), a.published(), a.headline(), spaces,
        a.years(), a.days(), a.signature());
    advanceClock(kept.published());
    return kept;
  }

  /**
   * Forgets the features counted in one article only, at least {@code after} articles ago: their counts, their
   * entries in every story's sums and their posting lists. Runs every {@code after} articles, so what a stream keeps
   * of its many one-off words (names, numbers, word pairs) is bounded by twice that many articles' worth.
   */
  private void forgetUnseen(int after) {
    Set<String> forgotten = df.forgetUnseen(after);
    if (forgotten.isEmpty()) {
      return;
    }
    for (StoryState story : stories) {
      for (FeatureSpace space : FeatureSpace.ALL) {
        story.sum(space).forget(forgotten);
      }
    }
    forgotten.forEach(postings.lists::remove);
  }

  private StoryState newStory(ArticleFeatures article) {
    StoryState story = new StoryState("story-" + article.id(), nextSeq++);
    stories.add(story);
    storiesById.put(story.id, story);
    return story;
  }

  /** The retrieved stories, then those LSH adds, each with its pair features. */
  private List<Candidate> candidates(ArticleFeatures article) {
    PairFeatures.Query query = pairs.query(article);
    Map<StoryState, ArticleFeatures> nearCopy = new HashMap<>();
    Map<StoryState, Double> nearSimilarity = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (long key : bandKeys(article.signature())) {
      for (ArticleFeatures other : bands.articles(key)) {
        if (!seen.add(other.id())) {
          continue;
        }
        StoryState story = storyOfArticle.get(other.id());
        double similarity = MinHasher.similarity(article.signature(), other.signature());
        Double best = nearSimilarity.get(story);
        if (best == null || similarity > best
            || similarity == best && CANONICAL.compare(other, nearCopy.get(story)) < 0) {
          nearCopy.put(story, other);
          nearSimilarity.put(story, similarity);
        }
      }
    }
    Set<StoryState> ordered = new LinkedHashSet<>(retrieve(query));
    nearCopy.keySet().stream().sorted(Comparator.comparingInt(s -> s.seq)).forEach(ordered::add);
    List<Candidate> out = new ArrayList<>(ordered.size());
    List<double[]> features = new ArrayList<>(ordered.size());
    for (StoryState story : ordered) {
      double similarity = nearSimilarity.getOrDefault(story, 0.0);
      ArticleFeatures copied = nearCopy.get(story);
      double[] x = pairs.of(query, story, similarity);
      features.add(x);
      out.add(new Candidate(story, x, copied, similarity));
    }
    pairs.complete(article, features);
    return out;
  }

  /**
   * The stories sharing the most weight with the article's {@code candidateFeatures} heaviest features, each
   * feature reading at most its {@code maxPostings} most recent stories; the best {@code maxCandidates} of them.
   */
  private List<StoryState> retrieve(PairFeatures.Query query) {
    Map<String, Double> all = new LinkedHashMap<>();
    for (FeatureSpace space : INDEXED) {
      query.unit(space).forEach((k, v) -> all.merge(k, v, Math::max));
    }
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
      boundSums(story);
      return;
    }
    if (letGo != null) {
      for (long key : bandKeys(letGo.signature())) {
        bands.remove(key, letGo);
      }
    }
    for (FeatureSpace space : INDEXED) {
      article.weights(space).keySet().forEach(f -> postings.add(f, story));
    }
    boundSums(story);
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

  /**
   * Keeps each of the story's sums to its {@link StoryState#MAX_SUM_ENTRIES} heaviest features, and takes out of
   * the postings those no indexed sum of the story holds any more: a story that runs for months keeps meeting new
   * words, and its memory would otherwise grow with every article it gains.
   */
  private void boundSums(StoryState story) {
    Set<String> dropped = new HashSet<>();
    for (FeatureSpace space : FeatureSpace.ALL) {
      FeatureSum sum = story.sum(space);
      if (sum.size() > StoryState.MAX_SUM_ENTRIES) {
        Set<String> out = sum.keepHeaviest(StoryState.MAX_SUM_ENTRIES / 2);
        if (INDEXED.contains(space)) {
          dropped.addAll(out);
        }
      }
    }
    if (story.active) {
      for (String feature : dropped) {
        if (INDEXED.stream().noneMatch(space -> story.sum(space).indexOf(feature) >= 0)) {
          postings.remove(feature, story);
        }
      }
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
    for (FeatureSpace space : INDEXED) {
      for (String feature : story.sum(space).features()) {
        postings.remove(feature, story);
      }
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
      double score = pairs.cosine(Vectors.tfIdf(member.weights(FeatureSpace.TEXT), df),
          story.sum(FeatureSpace.TEXT));
      if (best == null || score > bestScore + 1e-12
          || Math.abs(score - bestScore) <= 1e-12 && CANONICAL.compare(member, best) < 0) {
        best = member;
        bestScore = score;
      }
    }
    return best == null ? "" : best.title();
  }
}
