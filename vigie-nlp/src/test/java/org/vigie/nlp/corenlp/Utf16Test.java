package org.vigie.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf16Test {

  @Test
  void validText_isReturnedAsIs() {
    String text = "Téhéran 😀 𝒜 « ok »";

    assertThat(Utf16.withoutLoneSurrogates(text)).isSameAs(text);
  }

  @Test
  void loneSurrogates_becomeReplacementCharacters_atTheSameOffsets() {
    String text = "a\uD800b\uDC00c😀\uDE00\uD83D";

    String repaired = Utf16.withoutLoneSurrogates(text);

    assertThat(repaired).isEqualTo("a\uFFFDb\uFFFDc😀\uFFFD\uFFFD").hasSameSizeAs(text);
  }
}
