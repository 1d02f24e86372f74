package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentPostingsTest {

  private static List<StoryState> stories(int n) {
    List<StoryState> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new StoryState("s" + i, i));
    }
    return out;
  }

  @Test
  void keepsTheCapMostRecentStories_oldestFirst() {
    RecentPostings postings = new RecentPostings(3);
    List<StoryState> s = stories(5);
    s.forEach(story -> postings.add("dam", story));
    assertThat(postings.stories("dam")).containsExactly(s.get(2), s.get(3), s.get(4));
  }

  @Test
  void aStoryGainingTheFeatureAgain_becomesTheNewest_andIsNotEvicted() {
    RecentPostings postings = new RecentPostings(3);
    List<StoryState> s = stories(4);
    postings.add("dam", s.get(0));
    postings.add("dam", s.get(1));
    postings.add("dam", s.get(2));
    postings.add("dam", s.get(0));
    postings.add("dam", s.get(3));
    assertThat(postings.stories("dam")).containsExactly(s.get(2), s.get(0), s.get(3));
  }

  @Test
  void removingTheLastStory_forgetsTheFeature() {
    RecentPostings postings = new RecentPostings(3);
    StoryState story = stories(1).getFirst();
    postings.add("dam", story);
    postings.remove("dam", story);
    postings.remove("never-seen", story);
    assertThat(postings.stories("dam")).isEmpty();
  }
}
