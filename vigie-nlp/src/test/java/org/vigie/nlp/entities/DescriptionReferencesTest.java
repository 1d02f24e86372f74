package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;

class DescriptionReferencesTest {

  @Test
  void aDescriptionOpeningASentenceIsARoleOfThePersonNamedLastBeforeIt() {
    String text = "Yann Le Goff a ouvert la saison. La skieuse bretonne a remporté la descente.";

    assertThat(DescriptionReferences.find(text, List.of(person("e1", text, "Yann Le Goff"))))
        .isEqualTo(Map.of("e1", List.of("skieuse bretonne")));
  }

  @Test
  void aDescriptionAfterSelonOrASpeechVerbIsOneToo() {
    String text = "Léa Marchal suit le chantier. Selon l'archéologue, le site date du Xe siècle, "
        + "a ajouté la nouvelle restauratrice du service.";

    assertThat(DescriptionReferences.find(text, List.of(person("e1", text, "Léa Marchal"))).get("e1"))
        .containsExactly("archéologue", "nouvelle restauratrice du service");
  }

  @Test
  void aDescriptionBesideANameOrInsideAClauseIsLeftToTheRoleFinder() {
    String text = "Léa Marchal suit le chantier. La skieuse, Anne Petit, arrive. Elle parle avec la skieuse.";

    assertThat(DescriptionReferences.find(text, List.of(person("e1", text, "Léa Marchal")))).isEmpty();
  }

  @Test
  void anOfficeMayBringANewPersonIn_andIsLeftToTitleReferences() {
    String text = "Léa Marchal suit le chantier. Le préfet de la région a appelé à la prudence.";

    assertThat(DescriptionReferences.find(text, List.of(person("e1", text, "Léa Marchal")))).isEmpty();
  }

  @Test
  void aNounThatNamesNoPersonIsNoRole() {
    String text = "Léa Marchal suit le chantier. La table est prête.";

    assertThat(DescriptionReferences.find(text, List.of(person("e1", text, "Léa Marchal")))).isEmpty();
  }

  private static Entity person(String id, String text, String name) {
    int start = text.indexOf(name);
    return new Entity(id, name, EntityType.PERSON, List.of(), List.of(new Mention(start, start + name.length(), name)));
  }
}
