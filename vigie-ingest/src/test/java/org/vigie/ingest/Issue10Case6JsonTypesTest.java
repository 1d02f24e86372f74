package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, case 6 (the reading part): {@code "text": {"a": 1}} was stored with an empty body, {@code "title":
 * 12345} as "12345", and {@code "published": "2026-02-30"} or {@code "yesterday"} silently dropped. A field of the
 * wrong type and a date that cannot be read are errors naming the item and the field.
 */
class Issue10Case6JsonTypesTest {
  @Test
  void case6_fieldsOfTheWrongTypeAreRefused() {
    assertRefused("{\"title\": \"T\", \"text\": {\"a\": 1}}", "\"text\" must be a string, not an object");
    assertRefused("{\"title\": 12345, \"text\": \"Corps.\"}", "\"title\" must be a string, not a number");
    assertRefused("{\"title\": \"T\", \"text\": \"B.\", \"url\": [\"https://a.example\"]}",
        "\"url\" must be a string, not an array");
    assertRefused("{\"title\": \"T\", \"text\": \"B.\", \"outlet\": true}", "\"outlet\" must be a string");
    assertRefused("{\"id\": {\"n\": 1}, \"title\": \"T\", \"text\": \"B.\"}", "\"id\" must be a string or a number");
  }

  @Test
  void case6_unreadableDatesAreRefused() {
    assertRefused("{\"title\": \"T\", \"text\": \"B.\", \"published\": \"2026-02-30\"}",
        "\"published\" is not a date: '2026-02-30'");
    assertRefused("{\"title\": \"T\", \"text\": \"B.\", \"published\": \"yesterday\"}", "is not a date");
    assertRefused("{\"title\": \"T\", \"text\": \"B.\", \"date\": \"bientôt\"}", "\"date\" is not a date");
  }

  @Test
  void case6_readableValuesAndNullsStillPass() {
    IngestResult result = Inputs.read("post.json", "{\"id\": 17, \"title\": \"T\", \"text\": \"B.\", \"url\": null,"
        + " \"published\": \"6 février 2026\", \"language\": \"fr-FR\"}");
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles().getFirst().id()).isEqualTo("17");
    assertThat(result.articles().getFirst().published()).hasToString("2026-02-06");
  }

  private static void assertRefused(String json, String message) {
    IngestResult result = Inputs.read("post.json", json);
    assertThat(result.articles()).as(json).isEmpty();
    assertThat(result.errors()).as(json).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("post.json");
      assertThat(e.message()).contains(message);
    });
  }
}
