package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.EntityType;
import org.vigie.stories.Docs;

/** Bounded candidate retrieval still finds the story that shares the article's rare features. */
class CandidateRetrievalTest {

  /** A made-up word for {@code n}, letters only so that it is a content word. */
  private static String word(int n) {
    StringBuilder out = new StringBuilder("qu");
    do {
      out.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return out.append("ment").toString();
  }

  private static AnalyzedArticle unrelated(int i) {
    return Docs.article("u" + i, "Le gouvernement annonce une réforme " + word(2 * i),
            "Le gouvernement annonce une réforme du budget et des impôts. Le ministre " + word(2 * i + 1)
                + " présentera la réforme " + word(2 * i) + " au conseil des ministres.")
        .build();
  }

  @Test
  void theStorySharingRareFeatures_isFound_amongThousandsSharingCommonOnes() {
    ClusteringConfig config = ClusteringConfig.defaults().withRetrieval(8, 4, 8);
    StoryClusterer clusterer = StoryClusterer.create(config);
    Assignment dam = clusterer.add(Docs.article("dam-1", "Rupture du barrage de Valmoray",
            "Le barrage de Valmoray a cédé. La préfète Agnès Dutertre a ordonné l'évacuation de la vallée de la "
                + "Sorne.")
        .entity("Valmoray", EntityType.LOCATION).entity("Agnès Dutertre", EntityType.PERSON).build());
    for (int i = 0; i < 3000; i++) {
      clusterer.add(unrelated(i));
    }
    // Common words (gouvernement, annonce, réforme) now list only the newest 8 of thousands of stories.
    Assignment probe = clusterer.add(Docs.article("dam-2", "Le gouvernement annonce une aide après la rupture du "
            + "barrage de Valmoray",
            "La préfète Agnès Dutertre a visité la vallée de la Sorne, où le barrage de Valmoray a cédé. Le "
                + "gouvernement annonce une réforme.")
        .entity("Valmoray", EntityType.LOCATION).entity("Agnès Dutertre", EntityType.PERSON).build());
    assertThat(probe.newStory()).isFalse();
    assertThat(probe.story()).isEqualTo(dam.story());
  }

  @Test
  void theSameStreamIsClusteredAlike_withTightOrLooseBounds() {
    StoryClusterer tight = StoryClusterer.create(ClusteringConfig.defaults().withRetrieval(8, 4, 8));
    StoryClusterer loose = StoryClusterer.create(ClusteringConfig.defaults().withRetrieval(100_000, 100_000, 100_000));
    for (AnalyzedArticle article : StoryClustererTest.batch()) {
      tight.add(article);
      loose.add(article);
    }
    assertThat(tight.stories()).isEqualTo(loose.stories());
  }
}
