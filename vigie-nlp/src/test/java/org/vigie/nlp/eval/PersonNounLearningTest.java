package org.vigie.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonNounLearningTest {

  @Test
  void learnsANounThatStandsBeforeNames_notOneThatStandsAnywhere(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      // "le chanoine Xavier Durand visite la maison ." : the canon stands before a name, the house does not
      lines.addAll(List.of("le O", "chanoine O", "Xavier B-PER", "Durand I-PER", "visite O", "la O", "maison O",
          ". O"));
    }
    for (int i = 0; i < 30; i++) {
      lines.addAll(List.of("la O", "maison O", "de O", "la O", "table O", ". O"));
    }
    lines.addAll(List.of("la O", "maison O", "Louise I-PER", ". O")); // IOB1: I- opens a name after O
    Path file = dir.resolve("tagged.bio");
    Files.write(file, lines);

    PersonNounLearning learning = new PersonNounLearning();
    learning.read(file);

    assertThat(learning.learned()).extracting(PersonNounLearning.Learned::lemma).containsExactly("chanoine");
    PersonNounLearning.Learned canon = learning.learned().get(0);
    assertThat(canon.occurrences()).isEqualTo(6);
    assertThat(canon.beforeName()).isEqualTo(6);
  }

  @Test
  void readsHipeTsvByItsCoarseColumn(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>(List.of("TOKEN\tNE-COARSE-LIT\tX", "# hipe2022:document_id = d1"));
    for (int i = 0; i < 8; i++) {
      lines.addAll(List.of("le\tO\t_", "chanoine\tO\t_", "Durand\tB-pers\t_", "et\tO\t_", "la\tO\t_",
          "maison\tO\t_", "la\tO\t_", "table\tO\t_", "la\tO\t_", "porte\tO\t_"));
    }
    Path file = dir.resolve("tagged.tsv");
    Files.write(file, lines);

    PersonNounLearning learning = new PersonNounLearning();
    learning.read(file);

    assertThat(learning.learned()).extracting(PersonNounLearning.Learned::lemma).containsExactly("chanoine");
  }

  @Test
  void binomialTail_isTheProbabilityOfAtLeastKSuccesses() {
    assertThat(PersonNounLearning.binomialTail(2, 1, 0.5)).isCloseTo(0.75, within(1e-12));
    assertThat(PersonNounLearning.binomialTail(3, 3, 0.1)).isCloseTo(0.001, within(1e-12));
    assertThat(PersonNounLearning.binomialTail(5, 0, 0.3)).isEqualTo(1);
  }
}
