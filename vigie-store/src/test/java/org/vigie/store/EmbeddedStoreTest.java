package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Actor;
import org.vigie.model.ActorRole;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.CarriedQuote;
import org.vigie.model.Divergence;
import org.vigie.model.DivergenceClaim;
import org.vigie.model.DivergenceKind;
import org.vigie.model.Dossier;
import org.vigie.model.DossierArticle;
import org.vigie.model.QuoteCarrier;
import org.vigie.model.SpeakerQuotes;
import org.vigie.model.TimelineEntry;
import org.vigie.model.TimelineSource;
import org.vigie.model.DatelineCheck;
import org.vigie.model.EntityType;
import org.vigie.model.Layer;

class EmbeddedStoreTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.openEmbedded(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void put_keepsTheDatelineCheck() {
    DatelineCheck check = new DatelineCheck("2026-03-02", "2026-03-04", false, List.of("hier, mardi 3 mars"));
    AnalyzedArticle original = Articles.genevaFr().withDateline(check);
    store.put(original, null);

    AnalyzedArticle back = store.articles(0, 10).getFirst().article();

    assertThat(back.dateline()).isEqualTo(check);
    assertThat(back.layers()).contains(Layer.DATELINE);
  }

  @Test
  void put_thenArticles_keepsEveryFieldAndOffset() {
    AnalyzedArticle original = Articles.genevaFr();
    assertThat(store.put(original, "s1")).isEqualTo(PutResult.NEW);

    List<StoredArticle> all = store.articles(0, 10);
    assertThat(all).hasSize(1);
    StoredArticle stored = all.getFirst();
    assertThat(stored.storyId()).isEqualTo("s1");
    AnalyzedArticle back = stored.article();
    assertThat(back.article()).isEqualTo(original.article());
    assertThat(back.text()).isEqualTo(original.text());
    assertThat(back.language()).isEqualTo("fr");
    assertThat(back.entities()).isEqualTo(original.entities());
    assertThat(back.quotes()).isEqualTo(original.quotes());
    assertThat(back.times()).isEqualTo(original.times());
    assertThat(back.errors()).isEqualTo(original.errors());
    assertThat(back.layers())
        .isEqualTo(Set.of(Layer.TEXT, Layer.LANGUAGE, Layer.ENTITIES, Layer.QUOTES, Layer.TIMES));
    for (var quote : back.quotes()) {
      assertThat(back.cover(quote.start(), quote.end())).isEqualTo(quote.text());
    }
  }

  @Test
  void put_thenArticles_keepsNullsAndErrors() {
    AnalyzedArticle bare = Articles.article("bare").title("").body("Texte sans rien d'autre.").build()
        .withError("ner: model unavailable");
    store.put(bare, null);

    AnalyzedArticle back = store.articles(0, 1).getFirst().article();
    assertThat(back.article()).isEqualTo(bare.article());
    assertThat(back.language()).isNull();
    assertThat(back.errors()).containsExactly("ner: model unavailable");
    assertThat(store.articles(0, 1).getFirst().storyId()).isNull();
  }

  @Test
  void article_byId_givesBackTheAnalyzeContractAndItsStory() {
    AnalyzedArticle article = Articles.genevaFr();
    store.put(article, "s1");

    StoredArticle stored = store.article(article.id()).orElseThrow();
    assertThat(stored.storyId()).isEqualTo("s1");
    assertThat((Object) JSON.valueToTree(stored.article())).isEqualTo(JSON.valueToTree(article));
    assertThat(store.article("missing")).isEmpty();
  }

  @Test
  void articles_byIds_inTheOrderGiven_unknownOnesLeftOut() {
    store.put(Articles.genevaFr(), null);
    store.put(Articles.genevaEn(), null);

    assertThat(store.articles(List.of("en-geneva-1", "missing", "fr-geneve-1")))
        .extracting(a -> a.article().id()).containsExactly("en-geneva-1", "fr-geneve-1");
    assertThat(store.lastSequence()).isEqualTo(2);
  }

  @Test
  void savedState_isReadBackWithItsSequence_andAbsentUntilSaved() {
    assertThat(store.loadState("clusterer", (sequence, in) -> sequence)).isEmpty();
    store.saveState("clusterer", 42, out -> out.write(new byte[] {1, 2, 3}));
    store.saveState("clusterer", 43, out -> out.write(new byte[] {4, 5}));

    assertThat(store.loadState("clusterer", (sequence, in) -> sequence + ":" + java.util.Arrays.toString(in.readAllBytes())))
        .contains("43:[4, 5]");
    assertThatThrownBy(() -> store.saveState("../escape", 1, out -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void put_sameIdTwice_isANoOp() {
    AnalyzedArticle article = Articles.genevaFr();
    assertThat(store.put(article, "s1")).isEqualTo(PutResult.NEW);
    assertThat(store.put(article, "s2")).isEqualTo(PutResult.DUPLICATE);

    assertThat(store.health().articles()).isEqualTo(1);
    assertThat(store.health().indexed()).isEqualTo(1);
    assertThat(store.quotes(QuoteQuery.all())).hasSize(2);
    assertThat(store.articles(0, 10).getFirst().storyId()).isEqualTo("s1");
    assertThat(store.search("négociations", 10).total()).isEqualTo(1);
  }

  @Test
  void articles_pagesInIngestOrder() {
    store.put(Articles.genevaFr(), null);
    store.put(Articles.genevaEn(), null);
    store.put(Articles.harvestFr(), null);

    List<StoredArticle> first = store.articles(0, 2);
    assertThat(first).extracting(s -> s.article().id()).containsExactly("fr-geneve-1", "en-geneva-1");
    List<StoredArticle> rest = store.articles(first.getLast().sequence(), 2);
    assertThat(rest).extracting(s -> s.article().id()).containsExactly("fr-recolte-1");
  }

  @Test
  void putStory_roundTripsAndMovesArticles() {
    store.put(Articles.genevaFr(), "s1");
    store.put(Articles.genevaEn(), null);
    StoryRecord story = new StoryRecord("s2", "Négociations de Genève", LocalDate.parse("2026-03-10"),
        LocalDate.parse("2026-03-11"), List.of("fr-geneve-1", "en-geneva-1"), dossier("s2"));
    store.putStory(story);

    assertThat(store.story("s2")).contains(story);
    assertThat(store.story("nope")).isEmpty();
    assertThat(store.articles(0, 10)).extracting(StoredArticle::storyId).containsExactly("s2", "s2");
    assertThat(store.health().stories()).isEqualTo(1);

    StoryRecord smaller = StoryRecord.withoutDossier("s2", "Genève", LocalDate.parse("2026-03-10"),
        LocalDate.parse("2026-03-10"), List.of("fr-geneve-1"));
    store.putStory(smaller);
    assertThat(store.story("s2")).contains(smaller);
    assertThat(store.articles(0, 10)).extracting(StoredArticle::storyId).containsExactly("s2", null);

    store.deleteStory("s2");
    assertThat(store.story("s2")).isEmpty();
    assertThat(store.articles(0, 10)).extracting(StoredArticle::storyId).containsExactly(null, null);
  }

  /** A dossier with one actor, one quote and one timeline day: every record kind must round-trip. */
  static Dossier dossier(String story) {
    return new Dossier(story, "Négociations de Genève", "2026-03-10", "2026-03-11",
        List.of(new DossierArticle("fr-geneve-1", "Le Quotidien du Lac", "Reprise", "2026-03-10", "fr")),
        List.of(new Actor("person-claire-montval", "Claire Montval", EntityType.PERSON, List.of("Montval"),
            List.of(new ActorRole("ministre", "fr-geneve-1")), List.of("fr-geneve-1"))),
        List.of(new SpeakerQuotes("Claire Montval", List.of(new CarriedQuote("Nous avançons pas à pas",
            List.of(new QuoteCarrier("fr-geneve-1", "Le Quotidien du Lac", "Nous avançons pas à pas",
                "Claire Montval")))))),
        List.of(new TimelineEntry("2026-03-10", List.of(new TimelineSource("fr-geneve-1", null, "mardi",
            "2026-03-10", "Les négociations ont repris mardi.")))),
        List.of(new Divergence(DivergenceKind.FIGURE, "blessés", "2 or 3", List.of(
            new DivergenceClaim("fr-geneve-1", null, "2", "deux blessés")))));
  }

  @Test
  void storyRecord_refusesDatesOutOfOrder() {
    assertThatThrownBy(() -> StoryRecord.withoutDossier("s", "t", LocalDate.parse("2026-03-02"),
        LocalDate.parse("2026-03-01"), List.of())).hasMessageContaining("before first date");
  }

  @Test
  void open_onAFile_saysItIsNotADirectory() throws Exception {
    Path file = Files.writeString(dir.resolve("plain.txt"), "x");

    assertThatThrownBy(() -> Store.openEmbedded(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("it is a file, not a directory");
  }

  @Test
  void putStory_beforeItsArticle_stillAssignsIt() {
    store.putStory(StoryRecord.withoutDossier("s9", "Grêle", null, null, List.of("fr-recolte-1")));
    store.put(Articles.harvestFr(), null);

    assertThat(store.articles(0, 1).getFirst().storyId()).isEqualTo("s9");
  }

  @Test
  void stories_filterByDatesEntityOutletAndLanguage() {
    store.put(Articles.genevaFr(), "geneva");
    store.put(Articles.genevaEn(), "geneva");
    store.put(Articles.harvestFr(), "harvest");
    store.putStory(StoryRecord.withoutDossier("geneva", "Genève", LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-11"),
        List.of("fr-geneve-1", "en-geneva-1")));
    store.putStory(StoryRecord.withoutDossier("harvest", "Grêle", LocalDate.parse("2026-05-02"), LocalDate.parse("2026-05-02"),
        List.of("fr-recolte-1")));

    List<StorySummary> all = store.stories(StoryQuery.all());
    assertThat(all).extracting(StorySummary::id).containsExactly("harvest", "geneva");
    StorySummary geneva = all.get(1);
    assertThat(geneva.size()).isEqualTo(2);
    assertThat(geneva.outlets()).containsExactly("Harbour Times", "Le Quotidien du Lac");
    assertThat(geneva.languages()).containsExactly("en", "fr");

    assertThat(ids(StoryQuery.all().withSince(LocalDate.parse("2026-04-01")))).containsExactly("harvest");
    assertThat(ids(StoryQuery.all().withUntil(LocalDate.parse("2026-04-01")))).containsExactly("geneva");
    assertThat(ids(StoryQuery.all().withEntity("etienne"))).containsExactly("harvest");
    assertThat(ids(StoryQuery.all().withEntity("MONTVAL"))).containsExactly("geneva");
    assertThat(ids(StoryQuery.all().withOutlet("Harbour Times"))).containsExactly("geneva");
    assertThat(ids(StoryQuery.all().withLanguage("en"))).containsExactly("geneva");
    assertThat(ids(StoryQuery.all().withLanguage("fr"))).containsExactly("harvest", "geneva");
    assertThat(ids(StoryQuery.all().withLimit(1))).containsExactly("harvest");
  }

  private List<String> ids(StoryQuery query) {
    return store.stories(query).stream().map(StorySummary::id).toList();
  }

  @Test
  void quotes_filterBySpeakerTextAndDate() {
    store.put(Articles.genevaFr(), "geneva");
    store.put(Articles.genevaEn(), "geneva");
    store.put(Articles.harvestFr(), null);

    assertThat(store.quotes(QuoteQuery.all())).hasSize(4);
    List<QuoteRow> montval = store.quotes(QuoteQuery.all().withSpeaker("claire montval"));
    assertThat(montval).extracting(QuoteRow::text).containsExactly(
        "We are moving step by step,", "Nous avançons pas à pas", "un accord reste possible avant la fin du mois");
    QuoteRow first = montval.getFirst();
    assertThat(first.articleId()).isEqualTo("en-geneva-1");
    assertThat(first.storyId()).isEqualTo("geneva");
    assertThat(first.published()).isEqualTo(LocalDate.parse("2026-03-11"));
    assertThat(first.speakerEntityId()).isEqualTo("person-claire-montval");
    assertThat(first.direct()).isTrue();

    assertThat(store.quotes(QuoteQuery.all().withText("AVANCONS"))).extracting(QuoteRow::articleId)
        .containsExactly("fr-geneve-1");
    assertThat(store.quotes(QuoteQuery.all().withText("annee perdue"))).extracting(QuoteRow::speaker)
        .containsExactly("Étienne Darrieux");
    assertThat(store.quotes(QuoteQuery.all().withSince(LocalDate.parse("2026-04-01")))).hasSize(1);
    assertThat(store.quotes(QuoteQuery.all().withSpeaker("montval").withLimit(1))).hasSize(1);
  }

  @Test
  void entities_haveStableIdsAcrossArticlesAndCountThem() {
    store.put(Articles.genevaFr(), "geneva");
    store.put(Articles.genevaEn(), "geneva");
    store.put(Articles.harvestFr(), "harvest");

    List<EntitySummary> found = store.entities("montval");
    assertThat(found).hasSize(1);
    EntitySummary montval = found.getFirst();
    assertThat(montval.id()).isEqualTo("person-claire-montval");
    assertThat(montval.name()).isEqualTo("Claire Montval");
    assertThat(montval.type()).isEqualTo(EntityType.PERSON);
    assertThat(montval.articleCount()).isEqualTo(2);
    assertThat(montval.quoteCount()).isEqualTo(3);
    assertThat(montval.roles()).containsExactly("ministre des Affaires étrangères", "foreign minister");

    assertThat(store.entities("ETIENNE")).extracting(EntitySummary::id).containsExactly("person-etienne-darrieux");
    assertThat(store.entities("")).hasSize(5);
    assertThat(store.entities("gen")).extracting(EntitySummary::id)
        .containsExactlyInAnyOrder("location-geneve", "location-geneva");
  }

  @Test
  void entity_profileHasRolesOverTimeQuotesAndStories() {
    store.put(Articles.genevaFr(), "geneva");
    store.put(Articles.genevaEn(), "geneva");
    store.putStory(StoryRecord.withoutDossier("geneva", "Genève", LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-11"),
        List.of("fr-geneve-1", "en-geneva-1")));

    EntityProfile profile = store.entity("person-claire-montval").orElseThrow();
    assertThat(profile.roles()).containsExactly(
        new EntityProfile.RoleMention("ministre des Affaires étrangères", "fr-geneve-1", LocalDate.parse("2026-03-10")),
        new EntityProfile.RoleMention("foreign minister", "en-geneva-1", LocalDate.parse("2026-03-11")));
    assertThat(profile.quotes()).hasSize(3);
    assertThat(profile.stories()).extracting(StorySummary::id).containsExactly("geneva");
    assertThat(store.entity("person-nobody")).isEmpty();
  }

  @Test
  void health_countsArticlesStoriesAndIndex() {
    store.put(Articles.genevaFr(), null);
    store.put(Articles.harvestFr(), null);
    store.putStory(StoryRecord.withoutDossier("s", "t", null, null, List.of()));

    assertThat(store.health()).isEqualTo(new Health(2, 1, 2, Migrations.SCRIPTS.size()));
  }

  @Test
  void reopen_keepsEverything() {
    store.put(Articles.genevaFr(), "geneva");
    store.put(Articles.genevaEn(), null);
    store.close();

    store = Store.openEmbedded(dir);
    assertThat(store.health()).isEqualTo(new Health(2, 0, 2, Migrations.SCRIPTS.size()));
    assertThat(store.search("Montval", 10).total()).isEqualTo(2);
  }

  @Test
  void open_twiceOnOneDirectory_isRefused() {
    assertThatThrownBy(() -> Store.openEmbedded(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("already open");
  }

  @Test
  void closedStore_saysSo() {
    store.close();
    assertThatThrownBy(() -> store.health()).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    store.close();
  }
}
