package org.vigie.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongWordsTest {

  @Test
  void overLongWords_areShortenedForTheTaggers_andRestoredAfterwards() {
    String longWord = "x".repeat(LongWords.TAGGED_CHARS + 50);
    CoreLabel shortToken = label("Oman");
    CoreLabel longToken = label(longWord);

    Runnable restore = LongWords.shorten(List.of(shortToken, longToken));

    assertThat(shortToken.word()).isEqualTo("Oman");
    assertThat(longToken.word()).hasSize(LongWords.TAGGED_CHARS);
    assertThat(longToken.value()).hasSize(LongWords.TAGGED_CHARS);
    restore.run();
    assertThat(longToken.word()).isEqualTo(longWord);
    assertThat(longToken.value()).isEqualTo(longWord);
  }

  @Test
  void shortening_neverSplitsASurrogatePair() {
    String word = "a".repeat(LongWords.TAGGED_CHARS - 1) + "😀".repeat(20);
    CoreLabel token = label(word);

    LongWords.shorten(List.of(token));

    assertThat(token.word()).hasSize(LongWords.TAGGED_CHARS - 1).doesNotContain("\uD83D");
  }

  private static CoreLabel label(String word) {
    CoreLabel label = new CoreLabel();
    label.setWord(word);
    label.setValue(word);
    return label;
  }
}
