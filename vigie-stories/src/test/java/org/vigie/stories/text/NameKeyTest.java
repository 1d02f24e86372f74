package org.vigie.stories.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.text.Folding;

class NameKeyTest {
  private static String key(String name) {
    return NameKey.of(Folding.fold(name));
  }

  @Test
  void transliterationsOfOneName_shareAKey() {
    assertThat(key("Araghchi")).isEqualTo(key("Araqchi"));
    assertThat(key("Qaderi")).isEqualTo(key("Ghaderi"));
    assertThat(key("Kadhafi")).isEqualTo(key("Gaddafi")).isEqualTo(key("Qadhafi"));
    assertThat(key("Kouznetsov")).isEqualTo(key("Kuznetsov"));
    assertThat(key("Chtchoukine")).isEqualTo(key("Shchukin"));
    assertThat(key("Joukov")).isEqualTo(key("Zhukov"));
    assertThat(key("Tchernov")).isEqualTo(key("Chernov"));
    assertThat(key("Zelensky")).isEqualTo(key("Zelenskyy"));
  }

  @Test
  void accentsAndCase_doNotMatter() {
    assertThat(key("Sarrazin")).isEqualTo(key("SARRAZIN"));
    assertThat(key("Mikhaïl")).isEqualTo(key("Mikhail"));
  }

  @Test
  void differentNames_keepDifferentKeys() {
    assertThat(key("Voronkov")).isNotEqualTo(key("Sorokin"));
    assertThat(key("Marstrand")).isNotEqualTo(key("Martin"));
    assertThat(key("Brunel")).isNotEqualTo(key("Bernard"));
  }

  @Test
  void shortWords_haveNoKey() {
    assertThat(NameKey.of("al")).isEmpty();
    assertThat(NameKey.of("eau")).isEmpty();
    assertThat(NameKey.of("")).isEmpty();
  }
}
