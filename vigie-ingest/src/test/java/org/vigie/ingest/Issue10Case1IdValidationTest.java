package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Excerpt;

/**
 * Issue 10, case 1: an id (or outlet) of 40,000 characters was accepted and bricked the store. Ingest refuses, with
 * an error naming the item, an id that is too long or holds control characters, path separators or half of a
 * surrogate pair, and a title or outlet that is too long; the other articles of the input go on.
 */
class Issue10Case1IdValidationTest {
  @TempDir Path dir;

  @Test
  void case1_immenseIdIsRefusedAndTheRestOfTheFileIsRead() {
    Path file = Inputs.write(dir, "hostile.jsonl", String.join("\n",
        "{\"id\": \"" + "x".repeat(40_000) + "\", \"title\": \"Long\", \"text\": \"Un.\"}",
        "{\"id\": \"ok-1\", \"title\": \"Court\", \"text\": \"Deux.\"}",
        "{\"id\": \"o\", \"outlet\": \"" + "O".repeat(40_000) + "\", \"title\": \"Titre\", \"text\": \"Trois.\"}",
        "{\"id\": \"t\", \"title\": \"" + "T".repeat(40_000) + "\", \"text\": \"Quatre.\"}"));
    IngestResult result = Inputs.read(file);
    assertThat(result.articles()).extracting(a -> a.id()).containsExactly("ok-1");
    assertThat(result.errors()).hasSize(3);
    assertThat(result.errors().get(0).source()).isEqualTo(file + ":1");
    assertThat(result.errors().get(0).message()).contains("id").contains("40000 characters").contains("200");
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.message().length()).isLessThan(400));
    assertThat(result.errors().get(1).message()).contains("outlet");
    assertThat(result.errors().get(2).message()).contains("title");
  }

  @Test
  void case1_idsWithControlCharactersSeparatorsOrBrokenCharactersAreRefused() {
    for (String id : List.of("a\\u0000b", "tab\\there", "x/../../../search?q=pwn", "back\\\\slash", "..", ".",
        "half\\ud800")) {
      IngestResult result = Inputs.read("post.json", "{\"id\": \"" + id + "\", \"title\": \"T\", \"text\": \"B.\"}");
      assertThat(result.articles()).as(id).isEmpty();
      assertThat(result.errors()).as(id).singleElement()
          .satisfies(e -> assertThat(e.message()).startsWith("id "));
    }
  }

  /** OpenSearch refuses a document id over 512 bytes; the article id is the document id on the server engines. */
  @Test
  void case1_idOfAllowedLengthButOver512BytesIsRefused() {
    String cjk = "新".repeat(171); // 171 characters, 513 bytes in UTF-8
    IngestResult result = Inputs.read("post.json", "{\"id\": \"" + cjk + "\", \"title\": \"T\", \"text\": \"B.\"}");
    assertThat(result.articles()).isEmpty();
    assertThat(result.errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("513 bytes").contains("512"));
    String fits = "新".repeat(170); // 510 bytes
    assertThat(Inputs.read("post.json", "{\"id\": \"" + fits + "\", \"title\": \"T\", \"text\": \"B.\"}")
        .articles()).extracting(a -> a.id()).containsExactly(fits);
  }

  @Test
  void case1_everydayIdsAreKept() {
    for (String id : List.of("greve-1", "AFP_2026-03-04_0017", "urn:uuid:1b4e28ba-2fa1", "Le Monde #42", "été 2026")) {
      IngestResult result = Inputs.read("post.json", "{\"id\": \"" + id + "\", \"title\": \"T\", \"text\": \"B.\"}");
      assertThat(result.errors()).as(id).isEmpty();
      assertThat(result.articles().getFirst().id()).isEqualTo(id);
    }
  }

  @Test
  void case1_errorsQuoteALongValueShortly() {
    IngestResult result = Inputs.read("post.json", "{\"id\": \"" + "é".repeat(5_000) + "\", \"title\": \"T\"}");
    assertThat(result.errors().getFirst().message()).contains(Excerpt.of("é".repeat(5_000)));
  }
}
