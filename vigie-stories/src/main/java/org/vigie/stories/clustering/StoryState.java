package org.vigie.stories.clustering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A story while it is being built: its members and the summed features its centroid is made of. */
final class StoryState {
  final String id;
  final int seq;
  final List<ArticleFeatures> members = new ArrayList<>();
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

  void add(ArticleFeatures article) {
    members.add(article);
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
