package org.vigie.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  @Test
  void guillemets_giveTheWordsInside_withoutTheirSpaces() {
    assertThat(quoted("Il dit « oui ».")).containsExactly("oui");
  }

  @Test
  void nestedMarks_stayInsideTheOuterQuote() {
    assertThat(quoted("« Elle a dit “non” puis ‘peut-être’ », dit-il.")).containsExactly(
        "Elle a dit “non” puis ‘peut-être’");
  }

  @Test
  void apostropheBetweenLetters_doesNotCloseASingleQuote() {
    assertThat(quoted("‘C’est l’heure’, dit-il.")).containsExactly("C’est l’heure");
  }

  @Test
  void straightQuote_afterAnElision_opens() {
    assertThat(quoted("face à l'\"intimidation\" et aux \"menaces\".")).containsExactly("intimidation", "menaces");
  }

  @Test
  void curlyOpening_closedByAStraightMark_isOneQuote() {
    assertThat(quoted("“We agreed,\" the mayor said. \"Then we waited,” she added."))
        .containsExactly("We agreed,", "Then we waited,");
  }

  @Test
  void straightMarkAfterASpace_doesNotCloseACurlyQuote() {
    assertThat(quoted("“He called it \"a deal\" and left.”")).containsExactly("He called it \"a deal\" and left.");
  }

  @Test
  void unclosedQuote_endsWithItsParagraph_andIsFlaggedOpenEnded() {
    String text = "He said: \"We won.\n\n\"We will win again.\"";
    List<MarkedSpan> spans = QuoteMarks.find(text, Discourse.paragraphs(text));

    assertThat(spans).extracting(span -> text.substring(span.start(), span.end()))
        .containsExactly("We won.", "We will win again.");
    assertThat(spans).extracting(MarkedSpan::openEnded).containsExactly(true, false);
  }

  @Test
  void strayClosingMarks_areIgnored() {
    assertThat(quoted("» fin ” et » encore")).isEmpty();
  }

  @Test
  void emptyMarks_giveNothing() {
    assertThat(quoted("« » et \"\"")).isEmpty();
  }

  private static List<String> quoted(String text) {
    return QuoteMarks.find(text, Discourse.paragraphs(text)).stream()
        .map(span -> text.substring(span.start(), span.end())).toList();
  }
}
