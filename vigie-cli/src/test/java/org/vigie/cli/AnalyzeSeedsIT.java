package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code vigie analyze ../shared/seeds}: the two real French reports through the whole pipeline. */
class AnalyzeSeedsIT {
  private static CliRun run;
  private static Map<String, JsonNode> bySeed;

  @BeforeAll
  static void analyseSeeds() {
    run = CliRun.of("analyze", SharedData.seeds().toString());
    bySeed = new TreeMap<>();
    for (JsonNode article : run.json().get("articles")) {
      String file = article.get("source").asText().replaceAll(".*/", "");
      bySeed.put(file.substring(0, 3), article);
    }
  }

  @Test
  void bothSeedsAreAnalysedWithoutErrors() {
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(bySeed).containsOnlyKeys("000", "003");
    assertThat(run.json().get("errors")).isEmpty();
    for (JsonNode article : bySeed.values()) {
      assertThat(article.get("errors")).as(article.get("source").asText()).isEmpty();
    }
  }

  @Test
  void seedsAreFrench() {
    assertThat(bySeed.values()).allSatisfy(a -> assertThat(a.get("language").asText()).isEqualTo("fr"));
  }

  @Test
  void datesComeFromTheDatelineAndTheHeader() {
    assertThat(bySeed.get("000").get("published").asText()).isEqualTo("2026-02-06");
    assertThat(bySeed.get("003").get("published").asText()).isEqualTo("2026-02-04");
  }

  @Test
  void titlesAreTheHeadlineAndTheLeadSentence() {
    JsonNode first = bySeed.get("000");
    String title = first.get("title").asText();
    assertThat(title).startsWith("Les pourparlers entre l’Iran et les USA ont commencé à Oman");
    String text = first.get("text").asText();
    assertThat(text).startsWith(title + "\n\n");
    assertThat(text.indexOf(title, 1)).as("the title is kept once").isEqualTo(-1);

    assertThat(bySeed.get("003").get("title").asText()).startsWith("L'Iran et les Etats-Unis ont engagé vendredi");
  }

  @Test
  void scrapingArtefactsCollapse() {
    String text = bySeed.get("003").get("text").asText();
    assertThat(text).doesNotContain("\n\n\n").doesNotContain("  ");
  }

  @Test
  void everySpanIndexesTheText() {
    for (JsonNode article : bySeed.values()) {
      String text = article.get("text").asText();
      List<JsonNode> spans = new ArrayList<>();
      article.get("entities").forEach(e -> e.get("mentions").forEach(spans::add));
      article.get("quotes").forEach(spans::add);
      article.get("times").forEach(spans::add);
      assertThat(spans).allSatisfy(span -> assertThat(
          text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText()));
    }
  }

  @Test
  void peopleAreFoundAsEntities() {
    List<String> people = new ArrayList<>();
    bySeed.get("000").get("entities").forEach(e -> {
      if (e.get("type").asText().equals("PERSON")) {
        people.add(e.get("name").asText());
      }
    });
    assertThat(people).contains("Marco Rubio", "Abbas Araghchi", "Steve Witkoff", "Jared Kushner");
  }

  @Test
  void eachPersonIsOneEntityWithItsRoles() {
    JsonNode araghchi = person(bySeed.get("003"), "Abbas Araghchi");
    assertThat(araghchi.get("mentions").size()).isGreaterThanOrEqualTo(2);
    assertThat(texts(araghchi.get("roles"))).contains("ministre des Affaires étrangères iranien");
    assertThat(texts(person(bySeed.get("000"), "Marco Rubio").get("roles"))).contains("secrétaire d'État américain");
    assertThat(texts(person(bySeed.get("003"), "Karoline Leavitt").get("roles"))).contains("porte-parole");
    for (JsonNode article : bySeed.values()) {
      List<String> people = new ArrayList<>();
      article.get("entities").forEach(e -> {
        if (e.get("type").asText().equals("PERSON")) {
          people.add(e.get("name").asText());
        }
      });
      assertThat(people).doesNotHaveDuplicates().doesNotContain("Washington", "Araghchi");
    }
  }

  @Test
  void quotesPointAtTheirSpeakersEntity() {
    JsonNode seed = bySeed.get("003");
    String leavitt = person(seed, "Karoline Leavitt").get("id").asText();
    JsonNode quote = quoteStartingWith(seed, "Le président a clairement exprimé");
    assertThat(quote.get("direct").asBoolean()).isTrue();
    assertThat(quote.get("speaker").get("entity").asText()).isEqualTo(leavitt);
    assertThat(quoteStartingWith(seed, "Ils ne veulent pas").get("speaker").get("name").asText())
        .isEqualTo("Donald Trump");
    assertThat(quoteStartingWith(bySeed.get("000"), "L'Iran s'engage").get("speaker").get("name").asText())
        .isEqualTo("Abbas Araghchi");
  }

  @Test
  void seed003DatelineIsFlaggedAndItsTimesUseTheImpliedDate() {
    JsonNode seed = bySeed.get("003");
    JsonNode dateline = seed.get("dateline");
    assertThat(dateline.get("consistent").asBoolean()).isFalse();
    assertThat(dateline.get("implied").asText()).isEqualTo("2026-02-06");
    assertThat(bySeed.get("000").get("dateline").get("consistent").asBoolean()).isTrue();
    List<String> times = new ArrayList<>();
    seed.get("times").forEach(t -> times.add(t.get("text").asText() + "=" + t.get("value").asText()));
    assertThat(times).contains("vendredi=2026-02-06");
  }

  private static JsonNode person(JsonNode article, String name) {
    for (JsonNode entity : article.get("entities")) {
      if (entity.get("type").asText().equals("PERSON") && entity.get("name").asText().equals(name)) {
        return entity;
      }
    }
    throw new AssertionError("no person " + name + " in " + article.get("source"));
  }

  private static JsonNode quoteStartingWith(JsonNode article, String start) {
    for (JsonNode quote : article.get("quotes")) {
      if (quote.get("text").asText().startsWith(start)) {
        return quote;
      }
    }
    throw new AssertionError("no quote starting with " + start);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void theTwoSeedsFormOneStoryWhoseDossierMergesTheirActors() {
    JsonNode stories = run.json().get("stories");
    assertThat(stories).hasSize(1);
    JsonNode dossier = stories.get(0).get("dossier");
    assertThat(stories.get(0).get("articles")).hasSize(2);
    List<String> inBoth = new ArrayList<>();
    dossier.get("actors").forEach(actor -> {
      if (actor.get("articles").size() == 2) {
        inBoth.add(actor.get("name").asText());
      }
    });
    assertThat(inBoth).contains("Abbas Araghchi", "Steve Witkoff", "Jared Kushner", "Marco Rubio", "Donald Trump");
    assertThat(dossier.get("divergences")).anySatisfy(d -> {
      assertThat(d.get("kind").asText()).isEqualTo("DATELINE");
      assertThat(d.get("subject").asText()).isEqualTo(bySeed.get("003").get("id").asText());
    });
    List<String> days = new ArrayList<>();
    dossier.get("timeline").forEach(entry -> days.add(entry.get("date").asText()));
    assertThat(days).contains("2026-02-04", "2026-02-05", "2026-02-06").isSorted();
  }

  @Test
  void everyContractFieldIsPresent() {
    JsonNode report = run.json();
    assertThat(report.has("stories")).isTrue();
    for (JsonNode article : bySeed.values()) {
      assertThat(article.has("id") && article.has("outlet") && article.has("quotes") && article.has("times"))
          .isTrue();
      for (JsonNode entity : article.get("entities")) {
        assertThat(entity.get("id").asText()).isNotBlank();
        assertThat(entity.get("type").asText()).isIn("PERSON", "ORGANIZATION", "LOCATION", "MISC");
        assertThat(entity.get("roles").isArray()).isTrue();
        assertThat(entity.get("mentions")).isNotEmpty();
      }
    }
  }
}
