package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Layer;
import org.vigie.nlp.language.LanguageIdentifier;

/** Language identification with lingua, and what the pipeline does with each language. */
class LanguagesIT {
  private final Pipeline pipeline = StandardPipeline.get();

  @Test
  void english_isIdentifiedAndTagged() {
    AnalyzedArticle result = pipeline.analyze(Articles.article("en1", "Coastal minister resigns",
        "Halvard Quennell, the minister for coastal affairs of Nordmark, resigned on Tuesday after a dispute with "
            + "the Harbour Authority in Port Ellery.\n\nQuennell said he would stay in parliament. His deputy, "
            + "Mara Ostrova, takes over the ministry until a successor is named."));

    assertThat(result.errors()).isEmpty();
    assertThat(result.language()).isEqualTo("en");
    assertThat(result.entities()).filteredOn(entity -> entity.type() == EntityType.PERSON).extracting(Entity::name)
        .contains("Halvard Quennell", "Mara Ostrova");
    Entity quennell = result.entities().stream().filter(e -> e.name().equals("Halvard Quennell")).findFirst()
        .orElseThrow();
    assertThat(quennell.mentions()).hasSize(2);
    assertThat(result.tokens()).extracting(token -> token.pos()).contains("PROPN", "VERB", "DET", "PUNCT");
    SpanInvariants.assertValid(result);
  }

  @Test
  void german_isIdentified_andReportedAsUnsupported_withoutLosingTheArticle() {
    AnalyzedArticle result = pipeline.analyze(Articles.article("de1", "Gespräche in Oman",
        "Die Gespräche zwischen dem Iran und den Vereinigten Staaten haben am Freitag in Oman begonnen, wie das "
            + "iranische Außenministerium mitteilte."));

    assertThat(result.language()).isEqualTo("de");
    assertThat(result.errors()).isNotEmpty().allSatisfy(error -> assertThat(error)
        .contains("language 'de' is not supported"));
    assertThat(result.layers()).containsExactlyInAnyOrder(Layer.TEXT, Layer.LANGUAGE);
    assertThat(result.tokens()).isEmpty();
  }

  @Test
  void aValidHint_winsOverDetection() {
    AnalyzedArticle result = pipeline.analyze(Articles.article("hint", "", "Le ministre a parlé à Paris.", "en"));

    assertThat(result.language()).isEqualTo("en");
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void anInvalidHint_isIgnored() {
    AnalyzedArticle result =
        pipeline.analyze(Articles.article("hint", "", "Le ministre a parlé aux journalistes à Paris.", "french"));

    assertThat(result.language()).isEqualTo("fr");
  }

  @Test
  void aSingleWord_stillGetsTheMostLikelyLanguage() {
    LanguageIdentifier identifier = new LanguageIdentifier();

    assertThat(identifier.identify("Bonjour")).isIn(LanguageIdentifier.DEFAULT_LANGUAGES);
    assertThat(identifier.identify("a")).isIn(LanguageIdentifier.DEFAULT_LANGUAGES);
  }

  @Test
  void aTextWithoutWords_failsWithAClearMessage_andThePipelineRecordsIt() {
    assertThatThrownBy(() -> new LanguageIdentifier().identify("12 345 — 😀 !"))
        .hasMessageContaining("cannot identify the language");

    AnalyzedArticle result = pipeline.analyze(Articles.article("digits", "", "2026 — 06.02 😀"));

    assertThat(result.language()).isNull();
    assertThat(result.errors()).singleElement().asString().startsWith("language failed: cannot identify");
  }

  @Test
  void onlyTheConfiguredLanguagesAreCandidates() {
    LanguageIdentifier frenchOrEnglish = new LanguageIdentifier(Set.of("fr", "en"));

    assertThat(frenchOrEnglish.identify("Die Gespräche haben am Freitag in Oman begonnen."))
        .isIn("fr", "en");
  }
}
