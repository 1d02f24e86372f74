package org.vigie.nlp.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PersonNounsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"boulangère", "boulanger", "avocate", "pharmacien", "skieuse", "archéologue",
      "urbaniste", "Bretonne", "ex-trésorier", "vice-doyen", "ministre", "chauffeurs"})
  void namesAPersonByTradeFunctionOrOrigin(String word) {
    assertThat(PersonNouns.isPersonNoun(word)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"affaires", "table", "livre", "soir", "pont", "Bretagne", "rapidement", "sa"})
  void leavesThingsPlacesAndOtherWordsOut(String word) {
    assertThat(PersonNouns.isPersonNoun(word)).isFalse();
  }

  @Test
  void roleNounAt_takesANounThatHeadsItsPhrase_notAnAdjectiveAfterANoun() {
    List<Word> words = Words.of("la boulangère bretonne", 0, 22);

    assertThat(Lexicon.roleNounAt(words, 1)).isEqualTo(1);
    assertThat(Lexicon.roleNounAt(words, 2)).isZero();
  }

  @Test
  void roleNounAt_takesACapitalisedNounOnlyAfterADeterminer() {
    assertThat(Lexicon.roleNounAt(Words.of("la Bretonne", 0, 11), 1)).isEqualTo(1);
    assertThat(Lexicon.roleNounAt(Words.of("Yann Boulanger", 0, 14), 1)).isZero();
  }
}
