package org.vigie.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoringTextTest {

  @Test
  void fold_removesAccentsCaseApostropheStylesAndWhitespaceRuns() {
    assertThat(ScoringText.fold("Ministre  d’État\u00a0et ‘Chef’")).isEqualTo("ministre d'etat et 'chef'");
  }

  @Test
  void fold_decomposesCompatibilityForms() {
    assertThat(ScoringText.fold("ﬁnale")).isEqualTo("finale");
  }

  @Test
  void words_areTheWordRunsOfTheFoldedText() {
    assertThat(ScoringText.words("L'Élysée, l'élysée et 2012-05-22")).containsExactly("l", "elysee", "et", "2012", "05", "22");
  }

  @Test
  void overlap_isJaccardOverWordSets() {
    assertThat(ScoringText.overlap("a b c", "b c d")).isEqualTo(0.5);
    assertThat(ScoringText.overlap("Le Club", "le club")).isEqualTo(1.0);
    assertThat(ScoringText.overlap("", "")).isZero();
  }

  @Test
  void lastWord_isTheLastWordRunEvenWhenItRepeatsAnEarlierOne() {
    assertThat(ScoringText.lastWord("Jean Paul Jean")).isEqualTo("jean");
    assertThat(ScoringText.lastWord("« »")).isEmpty();
  }
}
