package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.EntityType;
import org.vigie.model.Story;
import org.vigie.stories.Docs;
import org.vigie.stories.eval.ClusterScores;

class AssignmentTrainerTest {
  private static final String[][] EVENTS = {
    {"Incendie", "Lorvac", "Martine Aubrac", "pompiers", "hectares", "forêt"},
    {"Grève", "Sarnay", "Paul Henrion", "syndicat", "salaires", "usine"},
    {"Inondation", "Brécourt", "Léa Domergue", "rivière", "crue", "digue"},
    {"Élection", "Montvalier", "Hugo Tessier", "scrutin", "voix", "mairie"},
    {"Accident", "Caradec", "Inès Morvan", "autocar", "blessés", "virage"},
    {"Procès", "Villardin", "Omar Bensaïd", "tribunal", "prison", "avocat"},
  };

  /** Four reports of each of six events, each event in its own town with its own people and words. */
  private static LabelledCorpus corpus() {
    List<AnalyzedArticle> articles = new ArrayList<>();
    Map<String, String> gold = new HashMap<>();
    for (int e = 0; e < EVENTS.length; e++) {
      String[] w = EVENTS[e];
      for (int k = 0; k < 4; k++) {
        String id = "e" + e + "-" + k;
        String title = w[0] + " à " + w[1] + " : " + (k % 2 == 0 ? w[3] + " mobilisés" : w[2] + " s'exprime");
        String body = "À " + w[1] + ", " + w[2] + " a commenté l'événement, entre " + w[3] + ", " + w[4]
            + " et " + w[5] + ". Le bilan fait état de " + (10 + e) + " " + w[4] + " selon " + w[2] + "."
            + (k == 3 ? " Les habitants de " + w[1] + " attendent la suite." : "");
        articles.add(Docs.article(id, title, body).published("2031-0" + (e + 1) + "-1" + k)
            .entity(w[1], EntityType.LOCATION).entity(w[2], EntityType.PERSON).build());
        gold.put(id, "event-" + e);
      }
    }
    return new LabelledCorpus("hand-made", articles, gold);
  }

  @Test
  void aTrainedModel_joinsTheReportsOfEachEvent_andKeepsTheEventsApart() {
    LabelledCorpus corpus = corpus();
    AssignmentModel model = new AssignmentTrainer(ClusteringConfig.defaults()).train(List.of(corpus));
    StoryClusterer clusterer = StoryClusterer.create(ClusteringConfig.defaults().withModel(model));
    clusterer.addAll(corpus.articles());
    Map<String, String> system = new HashMap<>();
    for (Story story : clusterer.stories()) {
      story.articles().forEach(id -> system.put(id, story.id()));
    }
    assertThat(ClusterScores.of(corpus.gold(), system).bcubedF1()).isEqualTo(1.0);
    assertThat(model.notes()).anyMatch(n -> n.contains("hand-made (24 articles, 6 stories)"))
        .anyMatch(n -> n.contains("cross-validation by topic"));
  }

  @Test
  void goldWithoutAnyStoryOfTwoArticles_isRefused() {
    LabelledCorpus corpus = corpus();
    Map<String, String> singletons = new HashMap<>();
    corpus.gold().keySet().forEach(id -> singletons.put(id, id));
    assertThatThrownBy(() -> new AssignmentTrainer(ClusteringConfig.defaults())
        .train(List.of(new LabelledCorpus("singletons", corpus.articles(), singletons))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no story of two articles");
  }

  @Test
  void aCorpusCutDown_keepsACopyWhoseOriginalIsGone_asAnArticleOfItsOwn() {
    LabelledCorpus corpus = corpus();
    Map<String, String> gold = new HashMap<>(corpus.gold());
    gold.put("copy-of-e0-0", "event-0");
    gold.put("copy-of-e1-0", "event-1");
    LabelledCorpus withCopies = new LabelledCorpus("copies", corpus.articles(), gold,
        Map.of("copy-of-e0-0", "e0-0", "copy-of-e1-0", "e1-0"));
    Map<String, String> part = new HashMap<>();
    gold.forEach((id, story) -> {
      if (!id.equals("e1-0")) {
        part.put(id, story);
      }
    });
    LabelledCorpus cut = withCopies.restrictedTo(part);
    assertThat(cut.copies()).containsOnlyKeys("copy-of-e0-0");
    assertThat(cut.articles()).extracting(AnalyzedArticle::id).contains("copy-of-e1-0").doesNotContain("e1-0");
    AnalyzedArticle renamed = cut.articles().stream().filter(a -> a.id().equals("copy-of-e1-0")).findFirst()
        .orElseThrow();
    assertThat(renamed.title()).isEqualTo(corpus.articles().stream().filter(a -> a.id().equals("e1-0"))
        .findFirst().orElseThrow().title());
  }
}
