package org.vigie.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoldHalfTest {
  private static final List<String> IDS = List.of("100", "9", "45", "1000", "12");

  @Test
  void halves_takeAlternatePositionsOfTheNumericOrder() {
    assertThat(GoldHalf.READ.of(IDS)).containsExactly("9", "45", "1000");
    assertThat(GoldHalf.SCORED.of(IDS)).containsExactly("12", "100");
    assertThat(GoldHalf.ALL.of(IDS)).containsExactly("9", "12", "45", "100", "1000");
  }

  @Test
  void idsThatAreNotNumbersSortAsStringsAfterNumbers() {
    assertThat(GoldHalf.ALL.of(List.of("b_2", "7", "a_1"))).containsExactly("7", "a_1", "b_2");
  }

  @Test
  void parse_namesTheAcceptedValues() {
    assertThat(GoldHalf.parse("Scored")).isEqualTo(GoldHalf.SCORED);
    assertThatThrownBy(() -> GoldHalf.parse("dev")).hasMessageContaining("read, scored or all");
  }
}
