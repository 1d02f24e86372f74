package org.vigie.server;

import org.vigie.app.fixtures.HandmadePipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.server.ServerFixture.Reply;

/**
 * Issue 10, case 6: POST accepted what it should refuse — {@code {}} answered 201 with no id, 100,000 numbers 201
 * with a 6.9 MB error list, a text object or a number as title were stored, impossible dates dropped, and a known id
 * with other content called a "duplicate". Nothing storable is a 400 naming each item; a known id with other content
 * is a 409; a request holds at most 1,000 articles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Issue10Case6PostValidationTest {
  @AutoClose ServerFixture server;

  @BeforeAll
  void start(@TempDir Path dir) {
    server = new ServerFixture(dir.resolve("data"), HandmadePipeline::create);
    Reply first = server.post("/api/articles",
        "{\"id\": \"known\", \"title\": \"Le port rouvre\", \"text\": \"Les ferries reprennent.\"}");
    assertThat(first.status()).isEqualTo(201);
  }

  @Test
  void case6_nothingStorableIsA400ThatNamesEachItem() {
    long before = health();
    for (String body : new String[] {"{}", "{\"title\": \"T\", \"text\": {\"a\": 1}}",
        "{\"title\": 12345, \"text\": \"Corps.\"}", "{\"title\": \"T\", \"text\": \"B.\", \"published\": \"2026-02-30\"}",
        "{\"title\": \"T\", \"text\": \"B.\", \"published\": \"yesterday\"}", "[1, 2, 3]"}) {
      Reply r = server.post("/api/articles", body);
      assertThat(r.status()).as(body).isEqualTo(400);
      JsonNode error = r.json().path("error");
      assertThat(error.path("status").asInt()).isEqualTo(400);
      assertThat(error.path("message").asText()).as(body).contains("POST /api/articles");
      assertThat(error.path("items")).as(body).isNotEmpty();
    }
    assertThat(health()).isEqualTo(before);
  }

  @Test
  void case6_hugeArraysAreRefusedWithAShortAnswer() {
    String numbers = "[" + "7,".repeat(99_999) + "7]";
    Reply r = server.post("/api/articles", numbers);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body().length()).isLessThan(1_000);
    assertThat(r.json().path("error").path("message").asText()).contains("100000").contains("1000");
  }

  @Test
  void case6_knownIdWithOtherContentIsAConflict() {
    Reply same = server.post("/api/articles",
        "{\"id\": \"known\", \"title\": \"Le port rouvre\", \"text\": \"Les ferries reprennent.\"}");
    assertThat(same.status()).isEqualTo(201);
    assertThat(same.json().path("duplicates")).hasSize(1);

    Reply other = server.post("/api/articles",
        "{\"id\": \"known\", \"title\": \"Le port ferme\", \"text\": \"Les ferries restent à quai.\"}");
    assertThat(other.status()).isEqualTo(409);
    assertThat(other.json().path("error").path("message").asText()).contains("known").contains("other content");
    assertThat(server.get("/api/articles/known").json().path("title").asText()).isEqualTo("Le port rouvre");
  }

  @Test
  void case6_aBatchStoresWhatItCanAndListsTheRest() {
    Reply r = server.post("/api/articles", "[{\"id\": \"mix-ok\", \"title\": \"Titre\", \"text\": \"Un texte.\"},"
        + " {\"title\": 5}, {\"id\": \"known\", \"title\": \"Autre\", \"text\": \"Autre.\"}]");
    assertThat(r.status()).isEqualTo(201);
    assertThat(r.json().path("ids")).hasSize(1);
    assertThat(r.json().path("errors")).hasSize(1);
    assertThat(r.json().path("conflicts")).hasSize(1);
  }

  private long health() {
    return server.get("/api/health").json().path("articles").asLong();
  }
}
