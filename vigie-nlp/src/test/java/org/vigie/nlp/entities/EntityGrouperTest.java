package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Layer;
import org.vigie.model.Mention;
import org.vigie.model.NamedMention;
import org.vigie.nlp.Articles;

/** Documents built by hand: a body and the mentions a tagger would have found in it. */
class EntityGrouperTest {
  private final EntityGrouper grouper = new EntityGrouper();

  @Test
  void sameNameInAnotherCaseOrWithoutAccents_isOneEntity() {
    List<Entity> entities = group("Les États-Unis, les Etats-Unis et les ÉTATS-UNIS.",
        "États-Unis", EntityType.LOCATION, "Etats-Unis", EntityType.LOCATION, "ÉTATS-UNIS", EntityType.LOCATION);

    assertThat(entities).singleElement().satisfies(entity -> {
      assertThat(entity.id()).isEqualTo("e1");
      assertThat(entity.name()).isEqualTo("États-Unis");
      assertThat(entity.mentions()).extracting(Mention::text)
          .containsExactly("États-Unis", "Etats-Unis", "ÉTATS-UNIS");
    });
  }

  @Test
  void leadingArticle_isIgnoredAndLeftOutOfTheName() {
    List<Entity> entities = group("La Chine parle ; la Chine et Chine. L'Iran et l’Iran. The UN, UN.",
        "La Chine", EntityType.LOCATION, "la Chine", EntityType.LOCATION, "Chine", EntityType.LOCATION,
        "L'Iran", EntityType.LOCATION, "l’Iran", EntityType.LOCATION,
        "The UN", EntityType.ORGANIZATION, "UN", EntityType.ORGANIZATION);

    assertThat(entities).extracting(Entity::name).containsExactly("Chine", "Iran", "UN");
    assertThat(entities).extracting(entity -> entity.mentions().size()).containsExactly(3, 2, 2);
  }

  @Test
  void whitespaceRuns_doNotCount() {
    List<Entity> entities = group("Abbas\n Araghchi puis Abbas Araghchi.",
        "Abbas\n Araghchi", EntityType.PERSON, "Abbas Araghchi", EntityType.PERSON);

    assertThat(entities).singleElement().satisfies(entity -> {
      assertThat(entity.name()).isEqualTo("Abbas Araghchi");
      assertThat(entity.mentions()).hasSize(2);
    });
  }

  @Test
  void surnameOnly_joinsTheEarlierFullName() {
    List<Entity> entities = group("Abbas Araghchi est arrivé. Araghchi a parlé, puis M. Araghchi est reparti.",
        "Abbas Araghchi", EntityType.PERSON, "Araghchi", EntityType.PERSON, "M. Araghchi", EntityType.PERSON);

    assertThat(entities).singleElement().satisfies(entity -> {
      assertThat(entity.name()).isEqualTo("Abbas Araghchi");
      assertThat(entity.type()).isEqualTo(EntityType.PERSON);
      assertThat(entity.mentions()).extracting(Mention::text)
          .containsExactly("Abbas Araghchi", "Araghchi", "M. Araghchi");
    });
  }

  @Test
  void surnameShared_byTwoEarlierPersons_staysOnItsOwn() {
    List<Entity> entities = group("Donald Trump et Melania Trump. Trump a dit.",
        "Donald Trump", EntityType.PERSON, "Melania Trump", EntityType.PERSON, "Trump", EntityType.PERSON);

    assertThat(entities).extracting(Entity::name).containsExactly("Donald Trump", "Melania Trump", "Trump");
  }

  @Test
  void surnameBeforeTheFullName_staysOnItsOwn() {
    List<Entity> entities = group("Araghchi arrive. Abbas Araghchi parle.",
        "Araghchi", EntityType.PERSON, "Abbas Araghchi", EntityType.PERSON);

    assertThat(entities).extracting(Entity::name).containsExactly("Araghchi", "Abbas Araghchi");
  }

  @Test
  void surnameOfAnotherType_doesNotJoinAPerson() {
    List<Entity> entities = group("Abbas Araghchi et le groupe Araghchi.",
        "Abbas Araghchi", EntityType.PERSON, "Araghchi", EntityType.ORGANIZATION);

    assertThat(entities).extracting(Entity::type).containsExactly(EntityType.PERSON, EntityType.ORGANIZATION);
  }

  @Test
  void personParticle_isKept_andAMultiWordSurnameJoinsTheFullName() {
    List<Entity> entities = group("Marine Le Pen a parlé. Le Pen a répété.",
        "Marine Le Pen", EntityType.PERSON, "Le Pen", EntityType.PERSON);

    assertThat(entities).singleElement().satisfies(entity -> {
      assertThat(entity.name()).isEqualTo("Marine Le Pen");
      assertThat(entity.mentions()).extracting(Mention::text).containsExactly("Marine Le Pen", "Le Pen");
    });
  }

  @Test
  void sameNameOfAnotherType_isAnotherEntity() {
    List<Entity> entities = group("Jordan a dit que Jordan, le pays, attend.",
        "Jordan", EntityType.PERSON, "Jordan", EntityType.LOCATION);

    assertThat(entities).extracting(Entity::id, Entity::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("e1", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("e2", EntityType.LOCATION));
  }

  @Test
  void name_isTheLongestForm_idsFollowFirstMentions_mentionsAreInTextOrder() {
    String body = "Witkoff, Oman, Steve Witkoff.";
    List<NamedMention> outOfOrder = new ArrayList<>(mentions(body,
        "Witkoff", EntityType.PERSON, "Oman", EntityType.LOCATION, "Steve Witkoff", EntityType.PERSON));
    java.util.Collections.reverse(outOfOrder);

    List<Entity> entities = grouper.annotate(document(body, outOfOrder)).entities();

    assertThat(entities).extracting(Entity::id, Entity::name).containsExactly(
        org.assertj.core.groups.Tuple.tuple("e1", "Witkoff"),
        org.assertj.core.groups.Tuple.tuple("e2", "Oman"),
        org.assertj.core.groups.Tuple.tuple("e3", "Steve Witkoff"));
    assertThat(entities).allSatisfy(entity -> {
      assertThat(entity.roles()).isEmpty();
      assertThat(entity.mentions()).isSortedAccordingTo(java.util.Comparator.comparingInt(Mention::start));
    });
  }

  @Test
  void noMentions_giveNoEntities_butTheLayer() {
    AnalyzedArticle result = grouper.annotate(document("Rien.", List.of()));

    assertThat(result.entities()).isEmpty();
    assertThat(result.has(Layer.ENTITIES)).isTrue();
  }

  @Test
  void mentionOffsets_areKeptAsGiven() {
    String body = "Selon Marco Rubio, oui.";
    AnalyzedArticle result = grouper.annotate(document(body, mentions(body, "Marco Rubio", EntityType.PERSON)));

    Mention mention = result.entities().get(0).mentions().get(0);
    assertThat(result.cover(mention.start(), mention.end())).isEqualTo("Marco Rubio");
  }

  @Test
  void learnedPersonNoun_beforeAName_isARole() {
    List<Entity> entities = group("L'abbé Lucien Marchal bénit la cloche.", "Lucien Marchal", EntityType.PERSON);

    assertThat(entities).singleElement().satisfies(entity -> assertThat(entity.roles()).containsExactly("abbé"));
  }

  @Test
  void acronymDefinedInParentheses_takesTheTypeOfItsExpansion_andJoinsIt() {
    List<Entity> entities = group("Le parti Nouvelle Démocratie (ND) gagne. La ND récupère dix ministères.",
        "Nouvelle Démocratie", EntityType.ORGANIZATION, "ND", EntityType.LOCATION, "ND", EntityType.LOCATION);

    assertThat(entities).singleElement().satisfies(entity -> {
      assertThat(entity.name()).isEqualTo("Nouvelle Démocratie");
      assertThat(entity.type()).isEqualTo(EntityType.ORGANIZATION);
      assertThat(entity.mentions()).extracting(Mention::text).containsExactly("Nouvelle Démocratie", "ND", "ND");
    });
  }

  @Test
  void oneName_takesOneType_organisationOverPlaceUnlessAKnownCountry_elseTheMajority() {
    List<Entity> entities = group("L'ESO a publié. Selon l'ESO. La France et France. Angèle, Angèle et Angèle.",
        "ESO", EntityType.LOCATION, "ESO", EntityType.ORGANIZATION,
        "France", EntityType.LOCATION, "France", EntityType.ORGANIZATION,
        "Angèle", EntityType.MISC, "Angèle", EntityType.PERSON, "Angèle", EntityType.PERSON);

    assertThat(entities).extracting(Entity::name, Entity::type).containsExactly(
        tuple("ESO", EntityType.ORGANIZATION), tuple("France", EntityType.LOCATION), tuple("Angèle", EntityType.PERSON));
    assertThat(entities).extracting(entity -> entity.mentions().size()).containsExactly(2, 2, 3);
  }

  /** Groups the mentions of {@code surfaceAndType} (pairs: surface text, type), found left to right in the body. */
  private List<Entity> group(String body, Object... surfaceAndType) {
    return grouper.annotate(document(body, mentions(body, surfaceAndType))).entities();
  }

  private static AnalyzedArticle document(String body, List<NamedMention> mentions) {
    return AnalyzedArticle.of(Articles.article("t", "", body))
        .withLanguage("fr")
        .withTokens(List.of(), List.of())
        .withNamedMentions(mentions);
  }

  /** Mentions over the text "\n\n" + body, each surface searched after the previous one. */
  private static List<NamedMention> mentions(String body, Object... surfaceAndType) {
    String text = "\n\n" + body;
    List<NamedMention> found = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < surfaceAndType.length; i += 2) {
      String surface = (String) surfaceAndType[i];
      int start = text.indexOf(surface, from);
      if (start < 0) {
        throw new IllegalArgumentException("'" + surface + "' not found after " + from);
      }
      found.add(new NamedMention(new Mention(start, start + surface.length(), surface),
          (EntityType) surfaceAndType[i + 1]));
      from = start + surface.length();
    }
    return found;
  }
}
