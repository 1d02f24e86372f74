package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled samples/ corpus, in every input format, through {@code analyze} and {@code demo}. */
class SampleCorpusIT {
  private static JsonNode report;
  private static final Map<String, JsonNode> BY_SOURCE = new HashMap<>();

  @BeforeAll
  static void analyseSamples() {
    CliRun run = CliRun.of("analyze", SharedData.repositoryRoot().resolve("samples").toString());
    assertThat(run.status()).as(run.err()).isZero();
    report = run.json();
    report.get("articles").forEach(a -> BY_SOURCE.put(a.get("source").asText().replaceAll(".*/", ""), a));
  }

  @Test
  void everySampleIsReadAndDatedWithoutErrors() {
    assertThat(report.get("errors")).isEmpty();
    assertThat(report.get("articles")).hasSize(13);
    assertThat(report.get("articles")).allSatisfy(article -> {
      assertThat(article.get("published").isNull()).as(article.get("source").asText()).isFalse();
      assertThat(article.get("errors")).isEmpty();
      assertThat(article.get("entities")).isNotEmpty();
    });
  }

  @Test
  void languagesAreIdentified() {
    long french = 0;
    for (JsonNode article : report.get("articles")) {
      french += article.get("language").asText().equals("fr") ? 1 : 0;
    }
    assertThat(french).isEqualTo(8);
    assertThat(BY_SOURCE.get("crue-mountain-herald.txt").get("language").asText()).isEqualTo("en");
  }

  @Test
  void eachFormatKeepsItsMetadata() {
    assertThat(BY_SOURCE.get("crue-depeche-alpes.html").get("outlet").asText()).isEqualTo("La Dépêche des Alpes");
    assertThat(BY_SOURCE.get("wire.jsonl:2").get("id").asText()).isEqualTo("aw-2026-03-06-vernaz-evacuation");
    assertThat(BY_SOURCE.get("greve-eclaireur-loire.xml#1").get("outlet").asText())
        .isEqualTo("L'Éclaireur de la Loire");
    assertThat(BY_SOURCE.get("peche-courrier-estuaire.txt").get("published").asText())
        .as("the dateline, even where the content contradicts it").isEqualTo("2026-03-02");
  }

  @Test
  void theWrongDatelineIsFlagged() {
    JsonNode dateline = BY_SOURCE.get("peche-courrier-estuaire.txt").get("dateline");
    assertThat(dateline.get("consistent").asBoolean()).isFalse();
    assertThat(dateline.get("implied").asText()).isEqualTo("2026-03-04");
    assertThat(report.get("articles")).filteredOn(a -> !a.get("dateline").isNull()
        && !a.get("dateline").get("consistent").asBoolean()).hasSize(1);
  }

  @Test
  void samplesFormTheirFourStories() {
    List<Integer> sizes = new ArrayList<>();
    report.get("stories").forEach(story -> sizes.add(story.get("articles").size()));
    assertThat(sizes).containsExactlyInAnyOrder(4, 4, 4, 1);
  }

  @Test
  void storyCommandPrintsTheDossiers() {
    CliRun run = CliRun.of("story", SharedData.repositoryRoot().resolve("samples").toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("## Story").contains("Quotes by speaker:").contains("Timeline:")
        .contains("[FIGURE]").contains("[QUOTE_SPEAKER]").contains("[DATELINE]");
  }

  @Test
  void windows1252FileIsDecoded() {
    String text = BY_SOURCE.get("crue-echo-des-cimes-cp1252.txt").get("text").asText();
    assertThat(text).contains("é").doesNotContain("\uFFFD");
  }

  @Test
  void htmlPageKeepsTheArticleAndDropsThePageChrome() {
    String text = BY_SOURCE.get("crue-depeche-alpes.html").get("text").asText();
    assertThat(text).contains("Catherine Morand").doesNotContainIgnoringCase("cookie");
  }
}
