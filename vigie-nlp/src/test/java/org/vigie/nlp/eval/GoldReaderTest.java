package org.vigie.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.EntityType;

class GoldReaderTest {
  private static final String GOLD = """
      {"id": "7", "published": "2012-06-22",
       "entities": [{"name": "Office national des forêts", "type": "ORGANIZATION", "aliases": ["ONF"],
                     "types_ok": ["LOCATION"], "roles": [], "optional": false},
                    {"name": "Léa Marchal", "type": "PERSON", "aliases": [], "roles": ["garde forestière"]}],
       "quotes": [{"text": "Le feu est fixé", "speaker": null, "speaker_ok": [], "direct": true}],
       "times": [{"text": "22 juin 2012", "type": "DATE", "value": "2012-06-22", "optional": false, "dateline": true}]}
      """;

  @Test
  void parse_readsEveryField() throws Exception {
    GoldArticle gold = GoldReader.parse(GOLD, "fallback");

    assertThat(gold.id()).isEqualTo("7");
    assertThat(gold.published()).isEqualTo(LocalDate.of(2012, 6, 22));
    GoldEntity office = gold.entities().get(0);
    assertThat(office.accepted()).containsExactlyInAnyOrder(EntityType.ORGANIZATION, EntityType.LOCATION);
    assertThat(office.aliases()).containsExactly("ONF");
    GoldEntity person = gold.entities().get(1);
    assertThat(person.roles()).containsExactly("garde forestière");
    assertThat(person.optional()).isFalse();
    assertThat(gold.quotes().get(0).speaker()).isNull();
    assertThat(gold.times().get(0).dateline()).isTrue();
  }

  @Test
  void parse_takesTheFileNameWhenTheDocumentHasNoId() throws Exception {
    assertThat(GoldReader.parse("{\"entities\": []}", "45").id()).isEqualTo("45");
  }

  @Test
  void parse_refusesAnUnknownTypeNamingTheEntity() {
    assertThatThrownBy(() -> GoldReader.parse(
        "{\"entities\": [{\"name\": \"Brest\", \"type\": \"CITY\"}]}", "1"))
        .hasMessageContaining("Brest").hasMessageContaining("CITY");
  }

  @Test
  void folder_reportsABadFileAndReadsTheOthersInNumericOrder(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("10.json"), "{\"id\": \"10\"}");
    Files.writeString(folder.resolve("9.json"), "{\"id\": \"9\"}");
    Files.writeString(folder.resolve("broken.json"), "{\"entities\": 3}");
    Files.writeString(folder.resolve("notes.txt"), "not gold");

    GoldReader.Read read = GoldReader.folder(folder);

    assertThat(read.articles()).extracting(GoldArticle::id).containsExactly("9", "10");
    assertThat(read.errors()).singleElement().asString().contains("broken.json").contains("entities");
  }
}
