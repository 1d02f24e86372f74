package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;

/** The entity layer of the two seed articles through the standard pipeline: corrections, variants, roles. */
class SeedEntitiesIT {
  private final Pipeline pipeline = StandardPipeline.get();

  @Test
  void seed000_personsOnceEach_withTheirRoles() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed000());
    SpanInvariants.assertValid(result);

    assertThat(person(result, "Marco Rubio").roles()).contains("secrétaire d'État américain");
    assertThat(person(result, "Steve Witkoff").roles())
        .contains("envoyé spécial du président américain Donald Trump pour le Moyen-Orient");
    person(result, "Donald Trump");
    assertThat(person(result, "Jared Kushner").roles()).contains("gendre du président américain");
    Entity araghchi = person(result, "Abbas Araghchi");
    assertThat(araghchi.roles()).contains("ministre iranien des Affaires étrangères");
    assertThat(araghchi.mentions()).extracting(Mention::text).contains("ministre iranien des Affaires étrangères");
  }

  @Test
  void seed000_capitalAndTitlesAreNotPersons() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed000());

    assertThat(result.entities()).filteredOn(entity -> entity.name().equals("Washington"))
        .allSatisfy(entity -> assertThat(entity.type()).isEqualTo(EntityType.LOCATION));
    assertThat(result.entities()).extracting(Entity::name)
        .noneMatch(name -> name.startsWith("ministre") || name.equals("État"));
    assertThat(result.entities()).filteredOn(entity -> entity.name().equals("États-Unis")).singleElement()
        .satisfies(entity -> assertThat(entity.mentions()).extracting(Mention::text).contains("USA"));
  }

  @Test
  void seed003_personsOnceEach_withTheirRoles() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed003());
    SpanInvariants.assertValid(result);

    Entity araghchi = person(result, "Abbas Araghchi");
    assertThat(araghchi.mentions()).extracting(Mention::text).contains("M. Araghchi");
    assertThat(araghchi.roles()).contains("ministre des Affaires étrangères iranien");
    assertThat(person(result, "Steve Witkoff").roles())
        .contains("émissaire du président américain pour le Moyen-Orient");
    assertThat(person(result, "Badr al-Busaidi").roles()).contains("ministre omanais des Affaires étrangères");
    person(result, "Jared Kushner");
    person(result, "Donald Trump");
    assertThat(person(result, "Karoline Leavitt").roles()).contains("porte-parole");
    assertThat(person(result, "Marco Rubio").roles()).contains("chef de la diplomatie américaine");
    assertThat(person(result, "Mohammad Akraminia").roles()).containsSubsequence("porte-parole de l'armée", "général");
  }

  @Test
  void seed003_etatsUnisOnce_andNoDemonymOrNetworkOrState() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed003());

    assertThat(result.entities()).filteredOn(entity -> entity.name().endsWith("tats-Unis")).hasSize(1);
    assertThat(result.entities()).extracting(Entity::name)
        .doesNotContain("Iraniens", "X", "Etat", "Affaires étrangères", "la Chine");
    assertThat(result.entities()).filteredOn(entity -> entity.type() == EntityType.PERSON)
        .extracting(Entity::name).doesNotContain("Washington");
  }

  /** The one person entity of that name; fails when there is none or several. */
  static Entity person(AnalyzedArticle result, String name) {
    List<Entity> matches = result.entities().stream()
        .filter(entity -> entity.type() == EntityType.PERSON && entity.name().equals(name)).toList();
    List<Entity> similar = result.entities().stream()
        .filter(entity -> entity.type() == EntityType.PERSON)
        .filter(entity -> entity.name().contains(name.substring(name.lastIndexOf(' ') + 1))).toList();
    assertThat(matches).as("person %s among %s", name, result.entities()).hasSize(1);
    assertThat(similar).as("entities named like %s", name).hasSize(1);
    return matches.get(0);
  }
}
