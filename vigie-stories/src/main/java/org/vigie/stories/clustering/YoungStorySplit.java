package org.vigie.stories.clustering;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a young story's members read better as two stories, judged by the assignment model itself. Each member
 * is asked again, as if it arrived last, to choose among the rest of its group, the other group and a new story;
 * a partition's worth is the model's log-probability of every member's choice (a pseudo-likelihood). The story is
 * split when some two-group partition is worth more than keeping the members together, so no threshold is set by
 * hand: the model's join-or-start decision is the criterion. A story whose first members came from two events that
 * share their names then parts before every later article of either event follows the mixed story.
 *
 * <p>Every partition that keeps the first member in the first group is tried: 2<sup>n-1</sup> - 1 of them for n
 * members, so the number of members a story may have to be revised bounds the cost. The sums of each subset are
 * built once. Not thread-safe (it reads the clusterer's document frequencies).
 */
final class YoungStorySplit {
  private final PairFeatures pairs;
  private final AssignmentModel model;
  private final List<ArticleFeatures> members;
  private final Map<Integer, StoryState> subsets = new HashMap<>();
  private final PairFeatures.Query[] queries;

  private YoungStorySplit(PairFeatures pairs, AssignmentModel model, List<ArticleFeatures> members) {
    this.pairs = pairs;
    this.model = model;
    this.members = members;
    this.queries = new PairFeatures.Query[members.size()];
  }

  /**
   * The members (a bit per member, in the given order) that should leave for a story of their own, or 0 when the
   * members hold together best. The first member never leaves: the story keeps its id for the group it began.
   */
  static int leaving(PairFeatures pairs, AssignmentModel model, List<ArticleFeatures> members) {
    if (members.size() < 3 || members.size() > 30) {
      return 0;
    }
    return new YoungStorySplit(pairs, model, members).best();
  }

  private int best() {
    int all = (1 << members.size()) - 1;
    double together = worth(all, 0);
    int best = 0;
    double bestWorth = together;
    for (int leaving = 2; leaving < all; leaving += 2) { // bit 0, the first member, stays
      double worth = worth(all & ~leaving, leaving);
      if (worth > bestWorth) {
        best = leaving;
        bestWorth = worth;
      }
    }
    return best;
  }

  /** The log-probability the model gives every member's choice of its own group, the groups being as given. */
  private double worth(int staying, int leaving) {
    double sum = 0;
    for (int i = 0; i < members.size(); i++) {
      int bit = 1 << i;
      int own = ((staying & bit) != 0 ? staying : leaving) & ~bit;
      int other = (staying & bit) != 0 ? leaving : staying;
      sum += logChoice(i, own, other);
    }
    return sum;
  }

  /** The log-probability that member {@code i} joins {@code own} (a new story when empty) rather than the rest. */
  private double logChoice(int i, int own, int other) {
    List<double[]> rows = new ArrayList<>(2);
    if (own != 0) {
      rows.add(row(i, own));
    }
    if (other != 0) {
      rows.add(row(i, other));
    }
    pairs.complete(members.get(i), rows);
    double chosen = own != 0 ? model.score(rows.getFirst()) : 0;
    double max = 0;
    for (double[] row : rows) {
      max = Math.max(max, model.score(row));
    }
    if (STABLE && other != 0 && chosen < max) {
      return Double.NEGATIVE_INFINITY;
    }
    double partition = Math.exp(-max);
    for (double[] row : rows) {
      partition += Math.exp(model.score(row) - max);
    }
    return chosen - max - Math.log(partition);
  }

  static boolean NEUTRAL_SIZE = false;
  static boolean STABLE = false;
  private static final int INVERSE_SIZE = PairFeatures.NAMES.indexOf("inverse_story_size");

  private double[] row(int i, int mask) {
    double[] x = pairs.of(query(i), subset(mask), 0);
    if (NEUTRAL_SIZE) {
      x[INVERSE_SIZE] = 1.0 / (members.size() - 1);
    }
    return x;
  }

  private PairFeatures.Query query(int i) {
    if (queries[i] == null) {
      queries[i] = pairs.query(members.get(i));
    }
    return queries[i];
  }

  private StoryState subset(int mask) {
    return subsets.computeIfAbsent(mask, m -> {
      StoryState story = new StoryState("", -1);
      for (int i = 0; i < members.size(); i++) {
        if ((m & (1 << i)) != 0) {
          story.add(members.get(i));
        }
      }
      return story;
    });
  }
}
