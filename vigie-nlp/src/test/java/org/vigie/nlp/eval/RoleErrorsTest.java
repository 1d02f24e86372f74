package org.vigie.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;

/** Each missed role falls in the first class that applies; hand-built gold and predictions. */
class RoleErrorsTest {

  @Test
  void aRoleAnotherEntityHolds_isAttachedElsewhere_beforeAnySpanClass() {
    assertThat(RoleErrors.classify("maire de Lorient", List.of("maire"), List.of("maire de Lorient")))
        .isEqualTo(RoleErrors.Kind.ELSEWHERE);
  }

  @Test
  void aRoleSharingAContentWord_isTooLongOrTooShortByItsWordCount() {
    assertThat(RoleErrors.classify("entraîneur du club", List.of("ancien entraîneur adjoint de la sélection"),
        List.of())).isEqualTo(RoleErrors.Kind.TOO_LONG);
    assertThat(RoleErrors.classify("secrétaire général adjoint du syndicat", List.of("secrétaire"), List.of()))
        .isEqualTo(RoleErrors.Kind.TOO_SHORT);
  }

  @Test
  void sharingOnlyAPreposition_isNotASpanError() {
    assertThat(RoleErrors.classify("juge de paix", List.of("maire de Brest"), List.of()))
        .isEqualTo(RoleErrors.Kind.OTHER_ROLES);
    assertThat(RoleErrors.classify("juge de paix", List.of(), List.of())).isEqualTo(RoleErrors.Kind.NO_ROLE);
  }

  @Test
  void anArticle_countsRolesOfMissedPersonsApart_andRolesMatchingNoGoldAsSpurious() {
    GoldEntity found = new GoldEntity("Anne Roux", EntityType.PERSON, EnumSet.of(EntityType.PERSON), List.of(),
        List.of("avocate", "présidente du conseil régional"), false);
    GoldEntity missed = new GoldEntity("Paul Gire", EntityType.PERSON, EnumSet.of(EntityType.PERSON), List.of(),
        List.of("maire", "député"), false);
    GoldArticle gold = new GoldArticle("1", null, List.of(found, missed), List.of(), List.of());
    Entity roux = new Entity("e1", "Anne Roux", EntityType.PERSON, List.of("avocate", "chanteuse"),
        List.of(new Mention(0, 9, "Anne Roux")));
    Entity other = new Entity("e2", "Marc Lalou", EntityType.PERSON, List.of("présidente du conseil régional"),
        List.of(new Mention(20, 30, "Marc Lalou")));
    AnalyzedArticle predicted = AnalyzedArticle.of(new Article("1", "test:1", null, null, "Titre", null, "fr",
        "Corps.", Map.of())).withEntities(List.of(roux, other));

    RoleErrors errors = RoleErrors.of(gold, predicted);

    assertThat(errors).isEqualTo(new RoleErrors(2, 1, 0, 0, 0, 0, 1));
  }
}
