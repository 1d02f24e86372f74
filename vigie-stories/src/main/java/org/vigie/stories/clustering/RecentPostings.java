package org.vigie.stories.clustering;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The inverted index of the candidate window: feature → the stories holding it, each list capped to the {@code cap}
 * stories that gained the feature most recently. A feature shared by more stories than the cap hardly
 * discriminates, and its most recent stories are the likeliest to continue; the cap bounds what one query reads
 * whatever the size of the window. Not thread-safe.
 */
final class RecentPostings {
  private final int cap;
  final Map<String, LinkedHashSet<StoryState>> lists = new HashMap<>();

  RecentPostings(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("cap must be positive");
    }
    this.cap = cap;
  }

  /** Records that {@code story} (again) holds {@code feature}: it becomes the newest of the feature's list. */
  void add(String feature, StoryState story) {
    LinkedHashSet<StoryState> list = lists.computeIfAbsent(feature, k -> new LinkedHashSet<>());
    list.addLast(story); // moves it to the end when already there
    if (list.size() > cap) {
      list.removeFirst();
    }
  }

  void remove(String feature, StoryState story) {
    LinkedHashSet<StoryState> list = lists.get(feature);
    if (list != null && list.remove(story) && list.isEmpty()) {
      lists.remove(feature);
    }
  }

  /** The stories holding {@code feature}, at most the cap, oldest first. */
  Collection<StoryState> stories(String feature) {
    Collection<StoryState> list = lists.get(feature);
    return list == null ? List.of() : list;
  }
}
