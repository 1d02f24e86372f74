package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Layer;
import org.vigie.model.Mention;

/** The two French seed reports through the standard pipeline, with the real models. */
class SeedArticlesIT {
  private final Pipeline pipeline = StandardPipeline.get();

  @Test
  void seeds_areFrench_withEveryLayer_andValidSpans() {
    for (AnalyzedArticle result : List.of(pipeline.analyze(Seeds.seed000()), pipeline.analyze(Seeds.seed003()))) {
      assertThat(result.errors()).as(result.id()).isEmpty();
      assertThat(result.language()).as(result.id()).isEqualTo("fr");
      assertThat(result.layers()).as(result.id()).contains(Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS,
          Layer.ENTITIES);
      assertThat(result.tokens()).as(result.id()).hasSizeGreaterThan(300);
      assertThat(result.sentences()).as(result.id()).hasSizeGreaterThan(10);
      SpanInvariants.assertValid(result);
    }
  }

  @Test
  void seed000_namesRubioAraghchiAndWitkoffAsPersons() {
    List<Entity> entities = pipeline.analyze(Seeds.seed000()).entities();

    assertThat(persons(entities)).contains("Marco Rubio", "Abbas Araghchi", "Steve Witkoff");
  }

  @Test
  void seed000_titleIsItsOwnSentence() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed000());

    assertThat(result.sentences().get(0).start()).isZero();
    assertThat(result.sentences().get(0).end()).isEqualTo(result.title().length());
  }

  @Test
  void seed003_mergesMAraghchiWithAbbasAraghchi() {
    List<Entity> entities = pipeline.analyze(Seeds.seed003()).entities();

    Entity araghchi = entities.stream().filter(entity -> entity.name().equals("Abbas Araghchi")).findFirst()
        .orElseThrow(() -> new AssertionError("no Abbas Araghchi among " + persons(entities)));
    assertThat(araghchi.type()).isEqualTo(EntityType.PERSON);
    assertThat(araghchi.mentions()).extracting(Mention::text).contains("Abbas Araghchi")
        .anySatisfy(text -> assertThat(text).endsWith("Araghchi").isNotEqualTo("Abbas Araghchi"));
    assertThat(entities).filteredOn(entity -> entity.name().contains("Araghchi")).hasSize(1);
  }

  @Test
  void seeds_giveTheSameResultOnOneAndTwoThreads() {
    var articles = List.of(Seeds.seed000(), Seeds.seed003(), Seeds.seed000().withId("again"));

    assertThat(pipeline.analyzeAll(articles, 2)).isEqualTo(pipeline.analyzeAll(articles, 1));
  }

  private static List<String> persons(List<Entity> entities) {
    return entities.stream().filter(entity -> entity.type() == EntityType.PERSON).map(Entity::name).toList();
  }
}
