package org.vigie.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void shortValue_isQuotedWhole() {
    assertThat(Excerpt.of("greve-1")).isEqualTo("greve-1");
  }

  @Test
  void longValue_isCutAndSaysItsLength() {
    String shown = Excerpt.of("x".repeat(40_000));
    assertThat(shown).startsWith("x".repeat(Excerpt.MAX_CHARS)).endsWith("… (40000 characters)");
    assertThat(shown.length()).isLessThan(Excerpt.MAX_CHARS + 30);
  }

  @Test
  void cut_neverSplitsASurrogatePair() {
    String value = "a".repeat(Excerpt.MAX_CHARS - 1) + "😀" + "b".repeat(10);
    String shown = Excerpt.of(value);
    assertThat(shown).startsWith("a".repeat(Excerpt.MAX_CHARS - 1) + "…");
  }

  @Test
  void controlFormatAndBrokenCharacters_showAsReplacementCharacters() {
    assertThat(Excerpt.of("a\u0000b\tc\u202Ed\ud800e")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
    assertThat(Excerpt.of("été 😀")).isEqualTo("été 😀");
  }
}
