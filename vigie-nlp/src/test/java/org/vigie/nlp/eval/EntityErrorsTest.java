package org.vigie.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;

/** Each class of the entity error breakdown, on gold and predictions built by hand. */
class EntityErrorsTest {

  @Test
  void missedEntities_areTaggedMiscThenWrongTypeThenSpanThenNotTagged() {
    GoldArticle gold = gold(
        entity("Léa Marchal", EntityType.PERSON, false),
        entity("Sao Paulo", EntityType.ORGANIZATION, false),
        entity("Banque de France", EntityType.ORGANIZATION, false),
        entity("Quimper", EntityType.LOCATION, false),
        entity("Lille", EntityType.LOCATION, false));

    EntityErrors errors = EntityErrors.of(gold, predicted(
        predicted("Lea Marchal", EntityType.MISC),
        predicted("Sao Paulo", EntityType.LOCATION),
        predicted("Banque", EntityType.ORGANIZATION),
        predicted("Lille", EntityType.LOCATION)));

    assertThat(errors).isEqualTo(new EntityErrors(1, 1, 1, 1, 1, 1, 0));
  }

  @Test
  void spuriousEntities_areTypeThenSpanThenNoOverlap_optionalGoldCountsForTheirForms() {
    GoldArticle gold = gold(
        entity("Reuters", EntityType.ORGANIZATION, true),
        entity("Wikimédia France", EntityType.ORGANIZATION, false),
        entity("Brest", EntityType.LOCATION, false));

    EntityErrors errors = EntityErrors.of(gold, predicted(
        predicted("Reuters", EntityType.PERSON),
        predicted("Wikimédia France s", EntityType.ORGANIZATION),
        predicted("Brest", EntityType.LOCATION),
        predicted("Coupe du monde", EntityType.ORGANIZATION),
        predicted("Festival", EntityType.MISC)));

    assertThat(errors.spuriousType()).isEqualTo(1);
    assertThat(errors.spuriousSpan()).isEqualTo(1);
    assertThat(errors.spuriousUnrelated()).isEqualTo(1);
    assertThat(errors.missedSpan()).isEqualTo(1);
  }

  @Test
  void formsOverlap_byContainedWordsOrASharedLongWord_notByAShortOne() {
    assertThat(EntityErrors.formsOverlap("afrique du sud", "afrique")).isTrue();
    assertThat(EntityErrors.formsOverlap("jean dupont", "dupont martin")).isTrue();
    assertThat(EntityErrors.formsOverlap("banque de france", "ministere de la defense")).isFalse();
  }

  private static GoldEntity entity(String name, EntityType type, boolean optional) {
    return new GoldEntity(name, type, EnumSet.of(type), List.of(), List.of(), optional);
  }

  private static GoldArticle gold(GoldEntity... entities) {
    return new GoldArticle("1", null, List.of(entities), List.of(), List.of());
  }

  private static Entity predicted(String name, EntityType type) {
    List<Mention> mentions = new ArrayList<>(List.of(new Mention(0, name.length(), name)));
    return new Entity("e", name, type, List.of(), mentions);
  }

  private static AnalyzedArticle predicted(Entity... entities) {
    return AnalyzedArticle.of(new Article("1", "test:1", null, null, "Titre", null, "fr", "Corps.", Map.of()))
        .withEntities(List.of(entities));
  }
}
