package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlapRankingTest {

  @Test
  void keepsTheHighestOverlaps_tiesToTheEarlierStory() {
    List<StoryState> s = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      s.add(new StoryState("s" + i, i));
    }
    OverlapRanking ranking = new OverlapRanking();
    ranking.start();
    for (int i = 199; i >= 0; i--) {
      ranking.add(s.get(i), 0.1); // every story shares one common feature
    }
    ranking.add(s.get(150), 0.5);
    ranking.add(s.get(150), 0.5);
    ranking.add(s.get(7), 0.3);
    assertThat(ranking.top(4)).containsExactly(s.get(150), s.get(7), s.get(0), s.get(1));
  }

  @Test
  void aNewRanking_forgetsThePreviousOverlaps() {
    StoryState a = new StoryState("a", 0);
    StoryState b = new StoryState("b", 1);
    OverlapRanking ranking = new OverlapRanking();
    ranking.start();
    ranking.add(a, 5);
    ranking.start();
    ranking.add(b, 1);
    ranking.add(a, 0.5);
    assertThat(ranking.top(10)).containsExactly(b, a);
  }
}
