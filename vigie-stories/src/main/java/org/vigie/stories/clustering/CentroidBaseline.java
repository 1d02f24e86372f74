package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Story;
import org.vigie.stories.text.Stopwords;
import org.vigie.stories.text.Words;

/**
 * The naive single-pass baseline: TF-IDF over folded words minus stopwords (document frequencies learned online),
 * each article compared with the centroid of every story, joined to the best one at or above the threshold.
 * Centroids average the members' vectors as weighted when they joined. No index, no window: cost grows with the
 * number of stories.
 */
final class CentroidBaseline implements StoryClusterer {
  private final double threshold;
  private final DocumentFrequencies df = new DocumentFrequencies(0);
  private final List<Centroid> stories = new ArrayList<>();
  private final Map<String, Assignment> assignments = new HashMap<>();

  private static final class Centroid {
    final String id;
    final String title;
    final List<String> members = new ArrayList<>();
    final Map<String, Double> sum = new HashMap<>();
    double norm;

    Centroid(String id, String title) {
      this.id = id;
      this.title = title;
    }

    void add(String article, Map<String, Double> vector) {
      members.add(article);
      vector.forEach((k, v) -> sum.merge(k, v, Double::sum));
      double n = 0;
      for (double v : sum.values()) {
        n += v * v;
      }
      norm = Math.sqrt(n);
    }
  }

  CentroidBaseline(double threshold) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1)");
    }
    this.threshold = threshold;
  }

  @Override
  public synchronized Assignment add(AnalyzedArticle article) {
    Assignment known = assignments.get(article.id());
    if (known != null) {
      return known;
    }
    Map<String, Double> tf = new HashMap<>();
    for (String word : Words.of(article.text())) {
      if (word.length() > 1 && !Stopwords.contains(word)) {
        tf.merge(word, 1.0, Double::sum);
      }
    }
    df.add(new LinkedHashSet<>(tf.keySet()));
    Map<String, Double> vector = Vectors.tfIdf(tf, df);
    Centroid best = null;
    double bestScore = -1;
    for (Centroid c : stories) {
      double score = c.norm == 0 ? 0 : Vectors.dot(vector, c.sum) / c.norm;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    Assignment assignment;
    if (best == null || bestScore < threshold) {
      best = new Centroid("story-" + article.id(), article.title());
      stories.add(best);
      assignment = new Assignment(article.id(), best.id, 1.0, true, null);
    } else {
      assignment = new Assignment(article.id(), best.id, bestScore, false, null);
    }
    best.add(article.id(), vector);
    assignments.put(article.id(), assignment);
    return assignment;
  }

  @Override
  public synchronized List<Assignment> addAll(Collection<AnalyzedArticle> articles) {
    List<Assignment> out = new ArrayList<>();
    for (AnalyzedArticle article : CanonicalOrder.sorted(articles)) {
      out.add(add(article));
    }
    return out;
  }

  @Override
  public synchronized List<Story> stories() {
    return stories.stream().map(c -> new Story(c.id, c.title, c.members)).toList();
  }
}
