package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

  @Test
  void standard_runsLanguageThenCoreNlpThenEntitiesThenQuotesThenTimes() {
    assertThat(Analyzers.standard().annotators())
        .extracting(Annotator::name)
        .containsExactly("language", "corenlp", "entities", "quotes", "times");
  }

  @Test
  void supportedLanguages_areFrenchAndEnglish() {
    assertThat(Analyzers.supportedLanguages()).containsExactlyInAnyOrder("fr", "en");
  }

  @Test
  void warmUp_refusesAnUnsupportedLanguageBeforeLoadingAnything() {
    assertThatThrownBy(() -> Analyzers.warmUp(Set.of("de")))
        .isInstanceOf(UnsupportedLanguageException.class)
        .hasMessageContaining("'de'");
  }
}
