package org.vigie.stories.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMatchingTest {
  private static boolean same(String a, String b) {
    return QuoteMatching.same(QuoteMatching.words(a), QuoteMatching.words(b), DossierBuilder.QUOTE_OVERLAP);
  }

  @Test
  void headlineThatDropsWordsFromItsOwnQuote_matchesByOverlap() {
    assertThat(same("Nous ne partirons pas sans garanties",
        "Nous ne partirons pas de Villemeur sans garanties écrites")).isTrue();
  }

  @Test
  void segmentSplitAroundItsCue_matchesByContainment_whateverCaseAndPunctuation() {
    assertThat(same("mais pour les salaires, la porte reste ouverte",
        "Nous ne céderons rien. Mais pour les salaires : la porte reste ouverte !")).isTrue();
    assertThat(same("« Pour les salaires, la porte reste ouverte »", "pour les salaires la porte reste OUVERTE"))
        .isTrue();
  }

  @Test
  void differentQuotes_andShortPhrases_doNotMatch() {
    assertThat(same("La porte reste ouverte", "La porte est définitivement fermée aux négociations")).isFalse();
    assertThat(same("cabine solo", "nous refusons la cabine solo pour les trains de nuit")).isFalse();
    assertThat(same("cabine solo", "Cabine solo")).isTrue();
  }
}
