package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.EntityType;

class SearchTest {
  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.openEmbedded(dir);
    store.put(Articles.genevaFr(), "geneva");
    store.put(Articles.genevaEn(), "geneva");
    store.put(Articles.harvestFr(), "harvest");
    store.put(Articles.scriptEn(), null);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void french_withoutAccents_findsAccentedWords() {
    SearchResult result = store.search("negociations", 10);

    assertThat(result.hits()).extracting(SearchResult.Hit::articleId).contains("fr-geneve-1");
    SearchResult.Hit hit = hit(result, "fr-geneve-1");
    assertThat(hit.snippet().matchedTexts()).contains("négociations");
    assertThat(hit.title()).isEqualTo("Reprise des négociations à Genève sur le nucléaire");
    assertThat(hit.storyId()).isEqualTo("geneva");
    assertThat(hit.outlet()).isEqualTo("Le Quotidien du Lac");
    assertThat(hit.published()).isEqualTo(LocalDate.parse("2026-03-10"));
    assertThat(hit.language()).isEqualTo("fr");
    assertThat(hit.score()).isPositive();
  }

  @Test
  void hits_showTheStoryTheArticleIsInNow() {
    store.putStory(StoryRecord.withoutDossier("merged", "Genève", null, null, List.of("fr-geneve-1")));

    assertThat(hit(store.search("negociations", 10), "fr-geneve-1").storyId()).isEqualTo("merged");
  }

  @Test
  void french_accentedQuery_findsTheSameArticle_andStemsPlurals() {
    assertThat(ids(store.search("Négociation", 10))).contains("fr-geneve-1");
    assertThat(ids(store.search("GENEVE", 10))).containsExactly("fr-geneve-1");
    assertThat(ids(store.search("viticulteur grele", 10))).containsExactly("fr-recolte-1");
    assertThat(ids(store.search("etienne darrieux", 10))).containsExactly("fr-recolte-1");
  }

  @Test
  void french_elisionIsIgnored() {
    assertThat(ids(store.search("issue", 10))).containsExactly("fr-geneve-1");
    assertThat(ids(store.search("l'issue", 10))).containsExactly("fr-geneve-1");
  }

  @Test
  void english_stemsAndIgnoresCase() {
    assertThat(ids(store.search("negotiation", 10))).contains("en-geneva-1");
    assertThat(ids(store.search("RESUMING", 10))).containsExactly("en-geneva-1");
    assertThat(ids(store.search("websites restored", 10))).containsExactly("en-script-1");
  }

  @Test
  void english_foldsAccentsToo() {
    store.put(Articles.article("en-cafe").title("Café owners protest").body("The café owners of the old town"
        + " marched on Monday.").language("en").outlet("Harbour Times").published("2026-06-01").build(), null);

    assertThat(ids(store.search("cafe", 10))).containsExactly("en-cafe");
    assertThat(hit(store.search("cafe", 10), "en-cafe").snippet().matchedTexts()).contains("café");
  }

  @Test
  void phrasesAndBooleans() {
    assertThat(ids(store.search("\"step by step\"", 10))).containsExactly("en-geneva-1");
    assertThat(ids(store.search("Montval -nuclear", 10))).containsExactly("fr-geneve-1");
    assertThat(ids(store.search("grêle OR website", 10))).containsExactlyInAnyOrder("fr-recolte-1", "en-script-1");
  }

  @Test
  void snippets_arePlainTextWithMatchOffsets_neverMarkup() {
    SearchResult result = store.search("script", 10);
    SearchResult.Hit hit = hit(result, "en-script-1");

    assertThat(hit.snippet().text()).contains("<script>").doesNotContain("&lt;").doesNotContain("<mark>");
    assertThat(hit.snippet().matchedTexts()).isNotEmpty().allMatch(t -> t.equalsIgnoreCase("script"));
    assertThat(hit.title()).isEqualTo(Articles.scriptEn().title());
  }

  @Test
  void titleOnlyMatch_stillGetsASnippetWithItsMatch() {
    SearchResult.Hit hit = hit(store.search("hackers", 10), "en-script-1");

    assertThat(hit.snippet().matchedTexts()).contains("Hackers");
  }

  @Test
  void blankQuery_givesTheOpeningWithoutMatches() {
    SearchResult.Hit hit = hit(store.search("", 10), "en-script-1");

    assertThat(hit.snippet().text()).contains("<script>");
    assertThat(hit.snippet().matches()).isEmpty();
  }

  @Test
  void zeroLimit_givesTotalAndFacetsOnly() {
    SearchResult result = store.search("Montval", 0);

    assertThat(result.total()).isEqualTo(2);
    assertThat(result.hits()).isEmpty();
    assertThat(result.facets().languages()).hasSize(2);
  }

  @Test
  void facets_countEveryMatchByOutletLanguageAndEntity() {
    SearchResult result = store.search("Montval", 1);

    assertThat(result.total()).isEqualTo(2);
    assertThat(result.hits()).hasSize(1);
    assertThat(result.facets().outlets()).containsExactlyInAnyOrder(
        new SearchResult.Count("Le Quotidien du Lac", 1), new SearchResult.Count("Harbour Times", 1));
    assertThat(result.facets().languages()).containsExactlyInAnyOrder(
        new SearchResult.Count("fr", 1), new SearchResult.Count("en", 1));
    assertThat(result.facets().entities()).first().isEqualTo(new SearchResult.Count("Claire Montval", 2));
    assertThat(result.facets().entities()).extracting(SearchResult.Count::value)
        .contains("Genève", "Geneva").doesNotContain("Bordeaux");
  }

  @Test
  void blankQuery_matchesEverything_andNoMatchIsEmpty() {
    assertThat(store.search("", 10).total()).isEqualTo(4);
    SearchResult none = store.search("zeppelin", 10);
    assertThat(none.total()).isZero();
    assertThat(none.hits()).isEmpty();
    assertThat(none.facets()).isEqualTo(SearchResult.Facets.empty());
  }

  @Test
  void languageWithoutItsOwnAnalyser_isStillSearchable() {
    store.put(Articles.article("es-1").title("Negociación en Ginebra").body("Las delegaciones volvieron a reunirse.")
        .language("es").entity("Ginebra", EntityType.LOCATION, List.of()).build(), null);
    store.put(Articles.article("xx-1").title("Sans langue").body("Un texte dont la langue est inconnue: Lausanne.")
        .build(), null);

    assertThat(ids(store.search("negociacion", 10))).containsExactly("es-1");
    assertThat(ids(store.search("lausanne", 10))).containsExactly("xx-1");
    assertThat(store.search("lausanne", 10).facets().languages()).containsExactly(new SearchResult.Count("und", 1));
  }

  @Test
  void reindex_givesTheSameResults() {
    List<String> queries = List.of("negociations", "Montval", "script", "grêle OR website", "\"step by step\"", "");
    List<List<String>> before = queries.stream().map(q -> ids(store.search(q, 10))).toList();
    List<SearchResult.Facets> facetsBefore = queries.stream().map(q -> store.search(q, 10).facets()).toList();

    store.reindex();

    assertThat(queries.stream().map(q -> ids(store.search(q, 10))).toList()).isEqualTo(before);
    assertThat(queries.stream().map(q -> store.search(q, 10).facets()).toList()).isEqualTo(facetsBefore);
    assertThat(store.health().indexed()).isEqualTo(4);
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::articleId).toList();
  }

  private static SearchResult.Hit hit(SearchResult result, String id) {
    return result.hits().stream().filter(h -> h.articleId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in " + ids(result)));
  }
}
