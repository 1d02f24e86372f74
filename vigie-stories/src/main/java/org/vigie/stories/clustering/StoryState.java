package org.vigie.stories.clustering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A story while it is being built: its members, the features of its {@link #RECENT_MEMBERS} most recent ones, and
 * the summed features its centroids are made of, one sum per {@link FeatureSpace}. Older members' features are let
 * go, so that a story of thousands of reprints costs memory for its sums, not for each copy.
 */
final class StoryState {
  /** How many of a story's latest members keep their features (title choice, near-duplicates). */
  static final int RECENT_MEMBERS = 64;
  /**
   * Entries one feature sum holds at most; beyond, it keeps the heaviest half. Above the largest sum the
   * evaluation corpora make (1,811 entries, a story of 23 articles), so it bounds only stories that run for hundreds
   * of articles, which would otherwise grow with every new word their articles bring.
   */
  static final int MAX_SUM_ENTRIES = 2_048;

  final String id;
  final int seq;
  final List<String> memberIds = new ArrayList<>();
  final List<ArticleFeatures> recent = new ArrayList<>();
  private final FeatureSum[] sums = new FeatureSum[FeatureSpace.ALL.length];
  final Set<Integer> years = new HashSet<>();
  final EventDays days = new EventDays();
  final Set<String> languages = new HashSet<>();
  int headlines;
  @Nullable LocalDate first;
  @Nullable LocalDate last;
  boolean active = true;

  StoryState(String id, int seq) {
    this.id = id;
    this.seq = seq;
    for (int i = 0; i < sums.length; i++) {
      sums[i] = new FeatureSum();
    }
  }

  FeatureSum sum(FeatureSpace space) {
    return sums[space.ordinal()];
  }

  int size() {
    return memberIds.size();
  }

  /** Adds a member; returns the member whose features were let go to make room, if any. */
  @Nullable ArticleFeatures add(ArticleFeatures article) {
    memberIds.add(article.id());
    recent.add(article);
    for (FeatureSpace space : FeatureSpace.ALL) {
      sums[space.ordinal()].add(article.weights(space));
    }
    years.addAll(article.years());
    days.addAll(article.days());
    languages.add(article.language());
    if (article.headline()) {
      headlines++;
    }
    LocalDate date = article.published();
    if (date != null) {
      first = first == null || date.isBefore(first) ? date : first;
      last = last == null || date.isAfter(last) ? date : last;
    }
    return recent.size() > RECENT_MEMBERS ? recent.removeFirst() : null;
  }

  /** True when both the story and {@code other} mention years and none in common. */
  boolean yearsConflict(Set<Integer> other) {
    return !years.isEmpty() && !other.isEmpty() && years.stream().noneMatch(other::contains);
  }

  /** Days between {@code date} and the story's date range, 0 inside it or when either is unknown. */
  long gapDays(@Nullable LocalDate date) {
    if (date == null || first == null || last == null) {
      return 0;
    }
    if (date.isBefore(first)) {
      return first.toEpochDay() - date.toEpochDay();
    }
    if (date.isAfter(last)) {
      return date.toEpochDay() - last.toEpochDay();
    }
    return 0;
  }
}
