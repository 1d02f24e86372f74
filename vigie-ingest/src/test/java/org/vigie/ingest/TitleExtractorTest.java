package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleExtractorTest {
  @Test
  void firstSentenceBecomesTheTitleAndLeavesTheBody() {
    TitleExtractor.Split split =
        TitleExtractor.firstSentence("Le port a rouvert mardi. Les ferries reprennent.\n\nSuite.");
    assertThat(split.title()).isEqualTo("Le port a rouvert mardi.");
    assertThat(split.rest()).isEqualTo("Les ferries reprennent.\n\nSuite.");
  }

  @Test
  void exclamationAndQuestionMarksEndSentences() {
    assertThat(TitleExtractor.firstSentence("Enfin ! La pluie est tombée.").title()).isEqualTo("Enfin !");
    assertThat(TitleExtractor.firstSentence("Who knew? Nobody did.").title()).isEqualTo("Who knew?");
  }

  @Test
  void aSentenceMayEndBeforeAQuote() {
    assertThat(TitleExtractor.firstSentence("Le maire a parlé. « Nous tiendrons », a-t-il dit.").title())
        .isEqualTo("Le maire a parlé.");
  }

  @Test
  void abbreviationsAndInitialsDoNotEndTheSentence() {
    String sentence = "M. Durand a rencontré Dr. Smith et J. K. Doe aux U.S. Headquarters hier.";
    TitleExtractor.Split split = TitleExtractor.firstSentence(sentence + " Puis rien.");
    assertThat(split.title()).isEqualTo(sentence);
    assertThat(split.rest()).isEqualTo("Puis rien.");
  }

  @Test
  void lowercaseAfterAPeriodDoesNotEndTheSentence() {
    assertThat(TitleExtractor.firstSentence("Version 2.0 est sortie. ok. Fin").title())
        .isEqualTo("Version 2.0 est sortie. ok.");
  }

  @Test
  void withoutSentenceBreakTheFirstParagraphIsTheTitle() {
    TitleExtractor.Split split = TitleExtractor.firstSentence("Un titre sans point\n\nLe corps.");
    assertThat(split.title()).isEqualTo("Un titre sans point");
    assertThat(split.rest()).isEqualTo("Le corps.");
  }

  @Test
  void longFirstSentenceIsCutOnAWordBoundaryAndTheRestStaysInTheBody() {
    String sentence = "mot ".repeat(100).strip() + ".";
    TitleExtractor.Split split = TitleExtractor.firstSentence(sentence + "\n\nSuite.");
    assertThat(split.title()).hasSizeLessThanOrEqualTo(TitleExtractor.MAX_TITLE_CHARS).endsWith("mot");
    assertThat(split.title() + " " + split.rest()).isEqualTo(sentence + "\n\nSuite.");
  }

  @Test
  void linesOfTheFirstParagraphJoinIntoOneTitleLine() {
    assertThat(TitleExtractor.firstSentence("Un titre\nsur deux lignes\n\nCorps.").title())
        .isEqualTo("Un titre sur deux lignes");
  }

  @Test
  void headlineLineWithoutFinalPunctuationIsTheTitleWhenASentenceStartsBelowIt() {
    TitleExtractor.Split split = TitleExtractor.firstSentence("Séisme au large d'Aceh\nDes dizaines de blessés. Routes coupées.");
    assertThat(split.title()).isEqualTo("Séisme au large d'Aceh");
    assertThat(split.rest()).isEqualTo("Des dizaines de blessés. Routes coupées.");
  }
}
