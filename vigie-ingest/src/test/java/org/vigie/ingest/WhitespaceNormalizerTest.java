package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceNormalizerTest {
  @Test
  void runsOfBlankLinesCollapseToOneBlankLine() {
    assertThat(WhitespaceNormalizer.normalize("Un.\n\n\n\n\nDeux.\n \n\t\nTrois."))
        .isEqualTo("Un.\n\nDeux.\n\nTrois.");
  }

  @Test
  void singleNewlinesInsideAParagraphStay() {
    assertThat(WhitespaceNormalizer.normalize("Ligne un\nligne deux\n\nAutre"))
        .isEqualTo("Ligne un\nligne deux\n\nAutre");
  }

  @Test
  void windowsAndOldMacLineEndingsBecomeNewlines() {
    assertThat(WhitespaceNormalizer.normalize("a\r\nb\r\n\r\nc\rd")).isEqualTo("a\nb\n\nc\nd");
  }

  @Test
  void spacesTabsAndNonBreakingSpacesCollapseToOneSpace() {
    assertThat(WhitespaceNormalizer.normalize("  Le\u00a0\u00a0 ministre\t\ta   dit\u202f:  oui.\u00a0 "))
        .isEqualTo("Le ministre a dit : oui.");
  }

  @Test
  void linesAreTrimmed() {
    assertThat(WhitespaceNormalizer.normalize("  titre  \n   suite   ")).isEqualTo("titre\nsuite");
  }

  @Test
  void invisibleAndControlCharactersAreDropped() {
    assertThat(WhitespaceNormalizer.normalize("a\u200bb\ufeffc\u0007d\u00ade")).isEqualTo("abcde");
  }

  @Test
  void normalizingTwiceChangesNothing() {
    String once = WhitespaceNormalizer.normalize(" x \r\n\r\n\r\n y\t z \n w ");
    assertThat(WhitespaceNormalizer.normalize(once)).isEqualTo(once);
  }

  @Test
  void oneLineJoinsLinesAndParagraphsWithSpaces() {
    assertThat(WhitespaceNormalizer.oneLine("Un\ndeux\n\n\ntrois ")).isEqualTo("Un deux trois");
  }

  @Test
  void paragraphsSplitOnBlankLines() {
    assertThat(WhitespaceNormalizer.paragraphs("a\nb\n\nc")).containsExactly("a\nb", "c");
    assertThat(WhitespaceNormalizer.paragraphs("")).isEmpty();
  }
}
