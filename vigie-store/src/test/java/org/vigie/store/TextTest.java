package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.model.EntityType;

class TextTest {
  @Test
  void fold_dropsAccentsAndCase() {
    assertThat(Text.fold("Négociations À Genève")).isEqualTo("negociations a geneve");
    assertThat(Text.fold("Œuvre ÇA")).isEqualTo("oeuvre ca");
  }

  @Test
  void slug_joinsWordsWithOneHyphen() {
    assertThat(Text.slug("  Jean-Marc  Ayrault ")).isEqualTo("jean-marc-ayrault");
    assertThat(Text.slug("Ministère de l'Économie")).isEqualTo("ministere-de-l-economie");
  }

  @Test
  void entityId_isTypeAndSlug_andNeverEmpty() {
    assertThat(EmbeddedStore.entityId(EntityType.PERSON, "Étienne Darrieux")).isEqualTo("person-etienne-darrieux");
    assertThat(EmbeddedStore.entityId(EntityType.MISC, "???")).startsWith("misc-").hasSizeGreaterThan(10);
  }
}
