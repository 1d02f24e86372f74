package org.vigie.nlp.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Layer;
import org.vigie.nlp.Articles;

/** What needs no lingua model: configuration and language hints. Detection itself is covered by the ITs. */
class LanguageIdentifierTest {

  @Test
  void isoCode_acceptsCodesInAnyCaseAndWithARegion() {
    assertThat(LanguageIdentifier.isoCode("fr")).contains("fr");
    assertThat(LanguageIdentifier.isoCode(" EN ")).contains("en");
    assertThat(LanguageIdentifier.isoCode("fr-BE")).contains("fr");
    assertThat(LanguageIdentifier.isoCode("pt_BR")).contains("pt");
    assertThat(LanguageIdentifier.isoCode("ar")).contains("ar");
  }

  @Test
  void isoCode_rejectsWhatIsNotAnIso6391Code() {
    assertThat(LanguageIdentifier.isoCode(null)).isEmpty();
    assertThat(LanguageIdentifier.isoCode("")).isEmpty();
    assertThat(LanguageIdentifier.isoCode("french")).isEmpty();
    assertThat(LanguageIdentifier.isoCode("fra")).isEmpty();
    assertThat(LanguageIdentifier.isoCode("xx")).isEmpty();
    assertThat(LanguageIdentifier.isoCode("und")).isEmpty();
  }

  @Test
  void annotate_takesAValidHintWithoutDetecting() {
    LanguageIdentifier identifier = new LanguageIdentifier(Set.of("fr", "en"));
    AnalyzedArticle document =
        AnalyzedArticle.of(Articles.article("a1", "The title", "An English body.", "ar"));

    AnalyzedArticle result = identifier.annotate(document);

    assertThat(result.language()).isEqualTo("ar");
    assertThat(result.has(Layer.LANGUAGE)).isTrue();
  }

  @Test
  void constructor_refusesNoLanguagesAndUnknownCodes() {
    assertThatThrownBy(() -> new LanguageIdentifier(Set.of())).hasMessageContaining("at least one language");
    assertThatThrownBy(() -> new LanguageIdentifier(Set.of("fr", "xx"))).hasMessageContaining("'xx'");
    assertThatThrownBy(() -> new LanguageIdentifier(Set.of("none"))).hasMessageContaining("'none'");
  }

  @Test
  void languages_areTheConfiguredCodesLowercased() {
    assertThat(new LanguageIdentifier(Set.of("FR", "en")).languages()).containsExactlyInAnyOrder("fr", "en");
    assertThat(new LanguageIdentifier().languages()).containsExactlyInAnyOrder("fr", "en", "de", "es", "it", "pt");
  }

  @Test
  void sample_neverSplitsASurrogatePair() {
    String text = "a".repeat(LanguageIdentifier.SAMPLE_CHARS - 1) + "😀" + "tail";

    String sample = LanguageIdentifier.sample(text);

    assertThat(sample).hasSize(LanguageIdentifier.SAMPLE_CHARS - 1);
    assertThat(LanguageIdentifier.sample("short")).isEqualTo("short");
  }
}
