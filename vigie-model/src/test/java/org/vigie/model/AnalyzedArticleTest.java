package org.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyzedArticleTest {
  private static final Article ARTICLE = new Article("a1", "samples/port.txt", null, "Nord Matin",
      "Le port rouvre", LocalDate.of(2026, 3, 3), null, "Les quais ont rouvert mardi.", Map.of("section", "local"));

  @Test
  void textIsTitleBlankLineBody() {
    assertThat(AnalyzedArticle.of(ARTICLE).text()).isEqualTo("Le port rouvre\n\nLes quais ont rouvert mardi.");
  }

  @Test
  void eachLayerIsAddedWithoutTouchingTheOriginal() {
    AnalyzedArticle bare = AnalyzedArticle.of(ARTICLE);
    AnalyzedArticle withLanguage = bare.withLanguage("fr");

    assertThat(bare.has(Layer.LANGUAGE)).isFalse();
    assertThat(withLanguage.has(Layer.LANGUAGE)).isTrue();
    assertThat(withLanguage.has(Layer.TEXT)).isTrue();
    assertThat(withLanguage.withTokens(List.of(), List.of()).layers())
        .containsExactlyInAnyOrder(Layer.TEXT, Layer.LANGUAGE, Layer.TOKENS, Layer.SENTENCES);
  }

  @Test
  void anErrorKeepsTheLayersAlreadyThere() {
    AnalyzedArticle failed = AnalyzedArticle.of(ARTICLE).withLanguage("fr").withError("ner failed: boom");

    assertThat(failed.errors()).containsExactly("ner failed: boom");
    assertThat(failed.has(Layer.LANGUAGE)).isTrue();
  }

  @Test
  void textThatIsNotTheArticlesIsRefused() {
    assertThatThrownBy(() -> new AnalyzedArticle(ARTICLE, "something else", null, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), java.util.Set.of(Layer.TEXT)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void spansMustBeOrdered() {
    assertThatThrownBy(() -> new Mention(5, 2, "x")).hasMessageContaining("bad span [5, 2)");
  }

  @Test
  void serialisesToTheAnalyzeContract() {
    int start = ARTICLE.text().indexOf("mardi");
    AnalyzedArticle document = AnalyzedArticle.of(ARTICLE).withLanguage("fr")
        .withTimes(List.of(new TimeMention("mardi", start, start + 5, TimeType.DATE, "2026-03-03")));

    JsonNode json = new ObjectMapper().valueToTree(document);

    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("id", "source", "outlet", "title", "published", "language", "text",
        "entities", "quotes", "times", "dateline", "errors");
    assertThat(json.get("published").asText()).isEqualTo("2026-03-03");
    JsonNode time = json.get("times").get(0);
    assertThat(json.get("text").asText().substring(time.get("start").asInt(), time.get("end").asInt()))
        .isEqualTo(time.get("text").asText());
    assertThat(time.get("type").asText()).isEqualTo("DATE");
  }

  @Test
  void datelineCheckIsItsOwnLayer() {
    AnalyzedArticle checked = AnalyzedArticle.of(ARTICLE)
        .withDateline(new DatelineCheck("2026-03-03", "2026-03-04", false, List.of("hier, mardi 3 mars")));

    assertThat(checked.has(Layer.DATELINE)).isTrue();
    assertThat(checked.withError("later failure").dateline()).isEqualTo(checked.dateline());
    assertThat(new ObjectMapper().valueToTree(checked).get("dateline").get("implied").asText()).isEqualTo("2026-03-04");
  }

  @Test
  void unknownPublicationDateIsNull() {
    JsonNode json = new ObjectMapper().valueToTree(AnalyzedArticle.of(ARTICLE.withPublished(null)));

    assertThat(json.get("published").isNull()).isTrue();
  }

  @Test
  void contentHashIsStableAndIgnoresSurroundingWhitespace() {
    assertThat(ContentHash.of("Titre", "Corps.")).isEqualTo(ContentHash.of(" Titre\n", "Corps.  "))
        .hasSize(16)
        .isNotEqualTo(ContentHash.of("Titre", "Autre corps."));
  }

  @Test
  void batchesAddUp() {
    Batch<String> merged = Batch.of("a").plus(Batch.failed("b.json", "malformed JSON"));

    assertThat(merged.items()).containsExactly("a");
    assertThat(merged.errors()).containsExactly(new ItemError("b.json", "malformed JSON"));
  }
}
