package org.vigie.stories.clustering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A story while it is being built: its members, the features of its {@link #RECENT_MEMBERS} most recent ones, and
 * the summed features its centroid is made of. Older members' features are let go, so that a story of thousands of
 * reprints costs memory for its sums, not for each copy.
 */
final class StoryState {
  /** How many of a story's latest members keep their features (title choice, member scores, near-duplicates). */
  static final int RECENT_MEMBERS = 64;

  final String id;
  final int seq;
  final List<String> memberIds = new ArrayList<>();
  final List<ArticleFeatures> recent = new ArrayList<>();
  final FeatureSum termSum = new FeatureSum();
  final FeatureSum entitySum = new FeatureSum();
  final FeatureSum neutralSum = new FeatureSum();
  final Set<Integer> years = new HashSet<>();
  final EventDays days = new EventDays();

  final Set<String> languages = new HashSet<>();
  @Nullable LocalDate first;
  @Nullable LocalDate last;
  boolean active = true;

  StoryState(String id, int seq) {
    this.id = id;
    this.seq = seq;
  }

  /** Adds a member; returns the member whose features were let go to make room, if any. */
  @Nullable ArticleFeatures add(ArticleFeatures article) {
    memberIds.add(article.id());
    recent.add(article);
    termSum.add(article.terms());
    entitySum.add(article.entities());
    neutralSum.add(article.neutral());
    years.addAll(article.years());
    days.addAll(article.days());

    languages.add(article.language());
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
