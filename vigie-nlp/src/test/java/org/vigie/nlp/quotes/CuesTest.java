package org.vigie.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CuesTest {

  @Test
  void frenchCue_takesItsAuxiliaryAdverbAndInvertedPronoun() {
    List<Cue> cues = Cues.FRENCH.findAll("« Oui », a-t-il ajouté, puis il a également précisé.", 0, 51);

    assertThat(cues).extracting(Cue::text).containsExactly("a-t-il ajouté", "a également précisé");
    assertThat(cues).extracting(Cue::pronoun).containsExactly("il", null);
  }

  @Test
  void reflexiveCue_withFeminineAgreement() {
    String text = "Tout va bien, s'est-elle félicitée.";
    assertThat(Cues.FRENCH.findAll(text, 0, text.length())).singleElement().satisfies(cue -> {
      assertThat(cue.text()).isEqualTo("s'est-elle félicitée");
      assertThat(cue.pronoun()).isEqualTo("elle");
    });
  }

  /**
   * Regression: multi-word cues ("a mis en avant") never matched, their spaces being quoted literally in the
   * pattern; then "avant" made the whole phrase a present participle.
   */
  @Test
  void multiWordCue_isMatched_andAvantDoesNotMakeItAParticiple() {
    String text = "a mis en avant le ministre, soulignant que";
    assertThat(Cues.FRENCH.findAll(text, 0, text.length())).extracting(Cue::text, Cue::participle)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a mis en avant", false),
            org.assertj.core.groups.Tuple.tuple("soulignant", true));
  }

  @Test
  void elidedNoun_isNotACue() {
    String text = "l'annonce et la note";
    assertThat(Cues.FRENCH.findAll(text, 0, text.length())).extracting(Cue::text).containsExactly("note");
  }

  @Test
  void englishCue_withAuxiliary() {
    String text = "She has said it, and he told us.";
    assertThat(Cues.ENGLISH.findAll(text, 0, text.length())).extracting(Cue::text)
        .containsExactly("has said", "told");
  }
}
