package org.vigie.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolnearCorpusTest {
  private static final String TEXT = "“We will win,” Dana Reyes said. She added that taxes would fall.";

  @Test
  void aContentFragmentOpeningWithAMark_isADirectQuote_insideTheMarks_withItsSource() {
    int open = TEXT.indexOf('“');
    int close = TEXT.indexOf('”') + 1;
    int source = TEXT.indexOf("Dana Reyes");
    List<String> lines = List.of(
        "T1\tContent " + open + " " + close + "\t" + TEXT.substring(open, close),
        "T2\tSource " + source + " " + (source + 10) + "\tDana Reyes",
        "T3\tCue " + (source + 11) + " " + (source + 15) + "\tsaid",
        "E1\tAttribution:T3 Content:T1 Source:T2");

    List<PolnearCorpus.GoldQuote> quotes = PolnearCorpus.quotes(lines, TEXT);

    assertThat(quotes).hasSize(1);
    PolnearCorpus.GoldQuote quote = quotes.get(0);
    assertThat(TEXT.substring(quote.start(), quote.end())).isEqualTo("We will win,");
    assertThat(quote.source()).isEqualTo("Dana Reyes");
  }

  @Test
  void reportedContent_withoutMarks_isNoDirectQuote() {
    int content = TEXT.indexOf("taxes");
    int source = TEXT.indexOf("She");
    List<String> lines = List.of(
        "T1\tContent " + content + " " + (TEXT.length() - 1) + "\ttaxes would fall",
        "T2\tSource " + source + " " + (source + 3) + "\tShe",
        "E1\tAttribution:T2 Content:T1 Source:T2");

    assertThat(PolnearCorpus.quotes(lines, TEXT)).isEmpty();
  }
}
