package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcronymsTest {
  @Test
  void initialsOfTheWords_defineTheAcronym_linksOptional() {
    assertThat(Acronyms.defines("ND", "Nouvelle Démocratie")).isTrue();
    assertThat(Acronyms.defines("CNES", "Centre national d'études spatiales")).isTrue();
    assertThat(Acronyms.defines("Fnaut", "Fédération nationale des associations d'usagers des transports")).isTrue();
    assertThat(Acronyms.defines("OMC", "Organisation mondiale du commerce")).isTrue();
  }

  @Test
  void otherLetters_orASingleWord_defineNothing() {
    assertThat(Acronyms.defines("ESO", "Observatoire de La Silla")).isFalse();
    assertThat(Acronyms.defines("ISS", "station spatiale internationale")).isFalse();
    assertThat(Acronyms.defines("P", "Paris")).isFalse();
  }
}
