package org.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityIdTest {
  @Test
  void entityId_isTypeAndSlug_andNeverEmpty() {
    assertThat(EntityId.of(EntityType.PERSON, "Étienne Darrieux")).isEqualTo("person-etienne-darrieux");
    assertThat(EntityId.of(EntityType.PERSON, "Inês Valadares")).isEqualTo(EntityId.of(EntityType.PERSON, "Ines Valadares"));
    assertThat(EntityId.of(EntityType.MISC, "???")).startsWith("misc-").hasSizeGreaterThan(10);
  }

  @Test
  void longNames_keepTheirStartAndAHash() {
    String id = EntityId.of(EntityType.ORGANIZATION, "Comité ".repeat(60));
    assertThat(id).startsWith("organization-comite-comite").hasSizeLessThanOrEqualTo("organization-".length() + 120);
  }
}
