package org.vigie.stories.clustering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CompactWeightsTest {

  @Test
  void holdsTheSameEntries_inKeyOrder_withCanonicalKeys() {
    Map<String, Double> source = new HashMap<>(Map.of("valmoray", 2.0, "barrage", 1.5, "#1200", 1.0));
    String shared = new String("valmoray");
    CompactWeights compact = CompactWeights.of(source, k -> k.equals("valmoray") ? shared : k);
    assertThat(compact).isEqualTo(new TreeMap<>(source));
    assertThat(List.copyOf(compact.keySet())).containsExactly("#1200", "barrage", "valmoray");
    assertThat(compact.keySet().stream().filter(k -> k.equals("valmoray")).findFirst().orElseThrow())
        .isSameAs(shared);
    assertThat(compact.get("barrage")).isEqualTo(1.5);
    assertThat(compact.get("absent")).isNull();
    assertThat(compact.containsKey(42)).isFalse();
  }

  @Test
  void documentFrequencies_handOutTheFirstInstanceOfAFeature() {
    DocumentFrequencies df = new DocumentFrequencies(0);
    String first = new String("barrage");
    df.add(List.of(first));
    assertThat(df.canonical(new String("barrage"))).isSameAs(first);
    assertThat(df.canonical("never")).isEqualTo("never");
  }
}
