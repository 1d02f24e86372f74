package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.EntityType;
import org.vigie.model.Story;
import org.vigie.stories.Docs;

class StoryClustererTest {

  static AnalyzedArticle damFr1() {
    return Docs.article("dam-fr-1", "Rupture du barrage de Valmoray : 1 200 habitants évacués",
            "Le barrage de Valmoray a cédé dans la nuit de mardi. La préfète Agnès Dutertre a ordonné l'évacuation "
                + "de 1 200 habitants de la vallée de la Sorne. Les pompiers de Valmoray surveillent la digue.")
        .outlet("Le Veilleur").published("2031-04-08")
        .entity("Valmoray", EntityType.LOCATION).entity("Agnès Dutertre", EntityType.PERSON)
        .entity("Sorne", EntityType.LOCATION).build();
  }

  static AnalyzedArticle damFr2() {
    return Docs.article("dam-fr-2", "Valmoray : la digue de la Sorne sous surveillance après la rupture du barrage",
            "Au lendemain de la rupture du barrage de Valmoray, la préfète Agnès Dutertre a visité la vallée de la "
                + "Sorne. Les 1 200 habitants évacués ne rentreront pas avant la fin de la semaine, a-t-elle dit.")
        .outlet("La Gazette du Val").published("2031-04-09")
        .entity("Valmoray", EntityType.LOCATION).entity("Agnès Dutertre", EntityType.PERSON)
        .entity("Sorne", EntityType.LOCATION).build();
  }

  static AnalyzedArticle damEn() {
    return Docs.article("dam-en-1", "Valmoray dam breach forces 1,200 from their homes",
            "The Valmoray dam gave way overnight on Tuesday. Prefect Agnès Dutertre ordered 1,200 residents of the "
                + "Sorne valley evacuated, and firefighters are watching the remaining embankment.")
        .language("en").outlet("Alpine Courier").published("2031-04-08")
        .entity("Valmoray", EntityType.LOCATION).entity("Agnès Dutertre", EntityType.PERSON)
        .entity("Sorne", EntityType.LOCATION).build();
  }

  static AnalyzedArticle tram1() {
    return Docs.article("tram-1", "Grève des conducteurs de tramway à Lisandre",
            "Les conducteurs du tramway de Lisandre ont cessé le travail lundi à l'appel du syndicat Rail Uni. "
                + "La direction de Transilys parle d'une grève suivie par 40 % des agents.")
        .outlet("Le Veilleur").published("2031-04-07")
        .entity("Lisandre", EntityType.LOCATION).entity("Rail Uni", EntityType.ORGANIZATION)
        .entity("Transilys", EntityType.ORGANIZATION).build();
  }

  static AnalyzedArticle tram2() {
    return Docs.article("tram-2", "Lisandre : la grève du tramway reconduite",
            "Le syndicat Rail Uni a reconduit la grève des conducteurs du tramway de Lisandre. Transilys promet "
                + "un service minimum sur la ligne 2.")
        .outlet("La Gazette du Val").published("2031-04-08")
        .entity("Lisandre", EntityType.LOCATION).entity("Rail Uni", EntityType.ORGANIZATION)
        .entity("Transilys", EntityType.ORGANIZATION).build();
  }

  static AnalyzedArticle chess() {
    return Docs.article("chess-1", "Tournoi d'échecs : la jeune Mira Okonkwo sacrée à Bellerive",
            "À quatorze ans, Mira Okonkwo a remporté l'open international d'échecs de Bellerive devant "
                + "quarante grands maîtres.")
        .outlet("Le Veilleur").published("2031-04-08")
        .entity("Mira Okonkwo", EntityType.PERSON).entity("Bellerive", EntityType.LOCATION).build();
  }

  static List<AnalyzedArticle> batch() {
    return List.of(damFr1(), damFr2(), damEn(), tram1(), tram2(), chess());
  }

  static Set<Set<String>> groups(StoryClusterer clusterer) {
    Set<Set<String>> groups = new HashSet<>();
    for (Story story : clusterer.stories()) {
      groups.add(Set.copyOf(story.articles()));
    }
    return groups;
  }

  @Test
  void aStoryOfHundredsOfReports_keepsItsSumsBounded_andItsPostingsOnTheFeaturesItKeeps() {
    IncrementalClusterer clusterer = (IncrementalClusterer) StoryClusterer.create();
    clusterer.add(damFr1());
    Random random = new Random(17);
    for (int n = 0; n < 400; n++) { // each report brings fifteen words no other has
      StringBuilder fresh = new StringBuilder();
      for (int w = 0; w < 15; w++) {
        fresh.append(" mot").append(Integer.toString(random.nextInt(Integer.MAX_VALUE), 36));
      }
      clusterer.add(Docs.article("dam-" + n, "Rupture du barrage de Valmoray : 1 200 habitants évacués",
              "Le barrage de Valmoray a cédé dans la nuit de mardi. La préfète Agnès Dutertre a ordonné "
                  + "l'évacuation de 1 200 habitants de la vallée de la Sorne." + fresh + ".")
          .published("2031-04-08").entity("Valmoray", EntityType.LOCATION)
          .entity("Agnès Dutertre", EntityType.PERSON).entity("Sorne", EntityType.LOCATION).build());
    }
    StoryState dam = clusterer.storyOfArticle.get("dam-399");
    assertThat(dam.size()).as("the reports stay one story").isGreaterThan(350);
    for (FeatureSpace space : FeatureSpace.ALL) {
      assertThat(dam.sum(space).size()).as(space.name()).isLessThanOrEqualTo(StoryState.MAX_SUM_ENTRIES);
    }
    Set<String> indexed = new HashSet<>();
    for (FeatureSpace space : IncrementalClusterer.INDEXED) {
      indexed.addAll(dam.sum(space).features());
    }
    Set<String> posted = new HashSet<>();
    clusterer.postings.lists.forEach((feature, stories) -> {
      if (stories.contains(dam)) {
        posted.add(feature);
      }
    });
    assertThat(posted).as("the story is posted under the indexed features it keeps, and no other")
        .isEqualTo(indexed);
    assertThat(clusterer.add(damFr2()).story()).isEqualTo(dam.id);
  }

  @Test
  void reportsOfOneEvent_joinOneStory_andOtherEvents_stayApart() {
    StoryClusterer clusterer = StoryClusterer.create();
    clusterer.addAll(batch());
    assertThat(groups(clusterer)).containsExactlyInAnyOrder(
        Set.of("dam-fr-1", "dam-fr-2", "dam-en-1"), Set.of("tram-1", "tram-2"), Set.of("chess-1"));
  }

  @Test
  void frenchAndEnglish_joinThroughSharedNamesAndNumbers() {
    StoryClusterer clusterer = StoryClusterer.create();
    Assignment first = clusterer.add(damFr1());
    Assignment english = clusterer.add(damEn());
    assertThat(first.newStory()).isTrue();
    assertThat(english.newStory()).isFalse();
    assertThat(english.story()).isEqualTo(first.story());
    assertThat(english.similarity()).as("the model's probability of the join").isGreaterThan(0.5);
  }

  @Test
  void frenchAndEnglish_joinThroughTransliteratedNamesNumbersAndDays() {
    AnalyzedArticle french = Docs.article("talks-fr", "À Genève, Abbas Qaderi relance les négociations sur le Tessar",
            "Le ministre Abbas Qaderi a rencontré le 11 février à Genève la médiatrice Helga Marstrand. Les deux "
                + "responsables rouvrent le dossier du barrage du Tessar, gelé depuis 2029, et réuniront 1 200 experts.")
        .published("2031-02-11").entity("Abbas Qaderi", EntityType.PERSON)
        .entity("Helga Marstrand", EntityType.PERSON).entity("Tessar", EntityType.LOCATION)
        .time("11 février", org.vigie.model.TimeType.DATE, "2031-02-11").build();
    AnalyzedArticle english = Docs.article("talks-en", "Ghaderi and Marstrand revive Tessar dam talks in Geneva",
            "Minister Abbas Ghaderi met mediator Helga Marstrand in Geneva on February 11. They reopen the Tessar "
                + "dam file, frozen since 2029, and will gather 1,200 experts.")
        .language("en").published("2031-02-11").entity("Abbas Ghaderi", EntityType.PERSON)
        .entity("Helga Marstrand", EntityType.PERSON).entity("Tessar", EntityType.LOCATION)
        .time("February 11", org.vigie.model.TimeType.DATE, "2031-02-11").build();
    StoryClusterer clusterer = StoryClusterer.create();
    clusterer.addAll(List.of(french, english, chess()));
    assertThat(groups(clusterer)).contains(Set.of("talks-fr", "talks-en"));
  }

  @Test
  void shuffledBatch_givesTheSameStories() {
    StoryClusterer reference = StoryClusterer.create();
    reference.addAll(batch());
    List<Story> expected = reference.stories();
    Random random = new Random(7);
    for (int round = 0; round < 10; round++) {
      List<AnalyzedArticle> shuffled = new ArrayList<>(batch());
      Collections.shuffle(shuffled, random);
      StoryClusterer clusterer = StoryClusterer.create();
      clusterer.addAll(shuffled);
      assertThat(clusterer.stories()).isEqualTo(expected);
    }
  }

  @Test
  void concurrentBatches_giveTheSameStoriesAsOneThread() throws Exception {
    StoryClusterer reference = StoryClusterer.create();
    reference.addAll(batch());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Story>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(pool.submit(() -> {
          StoryClusterer clusterer = StoryClusterer.create();
          clusterer.addAll(batch());
          return clusterer.stories();
        }));
      }
      for (Future<List<Story>> result : results) {
        assertThat(result.get()).isEqualTo(reference.stories());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void wireCopy_isFoldedAsNearDuplicate_ofTheOriginal() {
    AnalyzedArticle original = damFr1();
    AnalyzedArticle reprint = Docs.article("dam-fr-1-reprint",
            "Rupture du barrage de Valmoray : 1 200 habitants évacués",
            "Le barrage de Valmoray a cédé dans la nuit de mardi. La préfète Agnès Dutertre a ordonné l'évacuation "
                + "de 1 200 habitants de la vallée de la Sorne. Les pompiers de Valmoray surveillent la digue "
                + "(avec AFP).")
        .outlet("Le Petit Relais").published("2031-04-08").build();
    StoryClusterer clusterer = StoryClusterer.create();
    clusterer.addAll(List.of(original, reprint, chess()));
    Assignment again = clusterer.add(reprint);
    assertThat(again.nearDuplicate()).contains("dam-fr-1");
    assertThat(again.story()).isEqualTo("story-dam-fr-1");
    assertThat(again.similarity()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void storyTitle_isTheTitleOfItsMostCentralArticle() {
    StoryClusterer clusterer = StoryClusterer.create();
    clusterer.addAll(batch());
    Story tram = clusterer.stories().stream().filter(s -> s.articles().contains("tram-1")).findFirst()
        .orElseThrow();
    assertThat(tram.title()).isIn(tram1().title(), tram2().title());
    Story chess = clusterer.stories().stream().filter(s -> s.articles().contains("chess-1")).findFirst()
        .orElseThrow();
    assertThat(chess.title()).isEqualTo(chess().title());
  }

  @Test
  void storiesOlderThanTheWindow_leaveTheCandidates() {
    AnalyzedArticle muchLater = Docs.article("tram-3", "Grève des conducteurs de tramway à Lisandre",
            "Les conducteurs du tramway de Lisandre ont cessé le travail à l'appel du syndicat Rail Uni contre "
                + "Transilys.")
        .published("2033-01-10")
        .entity("Lisandre", EntityType.LOCATION).entity("Rail Uni", EntityType.ORGANIZATION).build();
    StoryClusterer clusterer = StoryClusterer.create();
    clusterer.addAll(List.of(tram1(), tram2()));
    Assignment later = clusterer.add(muchLater);
    assertThat(later.newStory()).isTrue();
  }

  @Test
  void batch_isAssignedUndatedFirst_thenByDateThenId() {
    AnalyzedArticle undated = Docs.article("z-undated", "Grève du tramway à Lisandre",
        "Le syndicat Rail Uni maintient la grève du tramway de Lisandre.").build();
    List<Assignment> assignments = StoryClusterer.create().addAll(List.of(tram2(), undated, tram1()));
    assertThat(assignments).extracting(Assignment::article).containsExactly("z-undated", "tram-1", "tram-2");
    assertThat(assignments.getFirst().newStory()).isTrue();
  }

  static AnalyzedArticle quake(String id, String title, String body, String day, String value) {
    Docs doc = Docs.article(id, title, body).time(day, org.vigie.model.TimeType.DATE, value);
    for (String place : List.of("Nordmark", "Kestrel", "Sorvik")) {
      if ((title + body).contains(place)) {
        doc.entity(place, EntityType.LOCATION);
      }
    }
    return doc.build();
  }

  static List<AnalyzedArticle> twoQuakes() {
    return List.of(
        quake("quake-jan-a", "Séisme dans la province de Nordmark : des immeubles effondrés à Kestrel",
            "Un séisme de magnitude 6,1 a frappé la province de Nordmark le 4 janvier. Plusieurs immeubles se sont "
                + "effondrés à Kestrel, où les secours cherchent des survivants.", "4 janvier", "XXXX-01-04"),
        quake("quake-jan-b", "Nordmark : à Kestrel, les secours fouillent les décombres après le séisme",
            "Après le séisme du 4 janvier dans la province de Nordmark, les secours fouillent toujours les "
                + "décombres des immeubles de Kestrel.", "4 janvier", "XXXX-01-04"),
        quake("quake-jul-a", "Alerte au tsunami sur la côte du Nordmark après un séisme",
            "Le séisme du 2 juillet a déclenché un glissement de terrain près de Sorvik, sur la côte du Nordmark. "
                + "L'alerte au tsunami a été levée dans la soirée.", "2 juillet", "XXXX-07-02"),
        quake("quake-jul-b", "Sorvik déblaie le glissement de terrain, la côte du Nordmark a échappé au tsunami",
            "Après le séisme du 2 juillet, Sorvik déblaie le glissement de terrain ; l'alerte au tsunami a été "
                + "levée sur toute la côte du Nordmark.", "2 juillet", "XXXX-07-02"));
  }

  @Test
  void sameKindOfEventOnOtherDays_staysApart_whileReportsOfTheSameDayJoin() {
    StoryClusterer clusterer = StoryClusterer.create();
    clusterer.addAll(twoQuakes());
    assertThat(groups(clusterer)).containsExactlyInAnyOrder(
        Set.of("quake-jan-a", "quake-jan-b"), Set.of("quake-jul-a", "quake-jul-b"));
  }

  @Test
  void templatedReportOfAnotherDay_isNotANearDuplicate() {
    String body = "Un séisme de magnitude 6,1 a frappé la province de Nordmark le %s à 07 h 44, à dix kilomètres "
        + "de profondeur, selon l'institut de géophysique, qui n'a pas signalé de victimes à Kestrel.";
    StoryClusterer clusterer = StoryClusterer.create();
    clusterer.add(quake("bot-1", "Séisme de magnitude 6,1 dans le Nordmark", body.formatted("4 janvier"),
        "4 janvier", "XXXX-01-04"));
    Assignment other = clusterer.add(quake("bot-2", "Séisme de magnitude 6,1 dans le Nordmark",
        body.formatted("2 juillet"), "2 juillet", "XXXX-07-02"));
    Assignment copy = clusterer.add(quake("bot-3", "Séisme de magnitude 6,1 dans le Nordmark",
        body.formatted("4 janvier"), "4 janvier", "XXXX-01-04"));
    assertThat(other.nearDuplicate()).isEmpty();
    assertThat(copy.nearDuplicate()).contains("bot-1");
  }

  @Test
  void bigStory_keepsEveryMember_butOnlyItsRecentMembersAsNearDuplicateSources() {
    String body = "Le syndicat Rail Uni a reconduit la grève des conducteurs du tramway de Lisandre pour la %d e "
        + "journée consécutive ; Transilys promet un service minimum sur la ligne 2 et sur la ligne 4. Les usagers "
        + "se reportent sur les bus de la régie, pris d'assaut aux heures de pointe, et sur les vélos en libre-service "
        + "du centre-ville. La mairie de Lisandre appelle les deux parties à reprendre les négociations avant la fin "
        + "de la semaine, faute de quoi elle saisira le médiateur régional des transports publics.";
    StoryClusterer clusterer = StoryClusterer.create();
    int size = StoryState.RECENT_MEMBERS + 36;
    for (int i = 0; i < size; i++) {
      clusterer.add(Docs.article("day-" + i, "Lisandre : la grève du tramway reconduite", body.formatted(1000 + i))
          .published("2031-04-08").build());
    }
    Assignment copyOfFirst = clusterer.add(Docs.article("copy-of-day-0", "Lisandre : la grève du tramway reconduite",
        body.formatted(1000)).published("2031-04-08").build());
    assertThat(clusterer.stories()).singleElement()
        .satisfies(story -> assertThat(story.articles()).hasSize(size + 1).startsWith("day-0", "day-1"));
    assertThat(copyOfFirst.nearDuplicate()).isPresent().get().isNotEqualTo("day-0");
  }

  @Test
  void addingAnArticleTwice_returnsItsFirstAssignment() {
    StoryClusterer clusterer = StoryClusterer.create();
    Assignment first = clusterer.add(tram1());
    assertThat(clusterer.add(tram1())).isEqualTo(first);
    assertThat(clusterer.stories()).hasSize(1);
    assertThat(clusterer.stories().getFirst().articles()).containsExactly("tram-1");
  }

  @Test
  void naiveBaseline_sitsBehindTheSameInterface() {
    StoryClusterer baseline = StoryClusterer.naiveBaseline(0.125);
    baseline.addAll(batch());
    Set<String> all = new HashSet<>();
    baseline.stories().forEach(s -> all.addAll(s.articles()));
    assertThat(all).hasSize(6);
    assertThat(groups(baseline)).contains(Set.of("chess-1"));
  }

  @Test
  void badConfiguration_isRefusedWithAReason() {
    assertThatThrownBy(() -> ClusteringConfig.defaults().withWindow(0, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
    assertThatThrownBy(() -> StoryClusterer.naiveBaseline(0)).hasMessageContaining("threshold");
  }
}
