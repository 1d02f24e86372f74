package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.Layer;

class PipelineTest {

  /** A stand-in annotator: declares layers and runs a function. */
  private record Fake(String name, Set<Layer> requires, Set<Layer> produces, Step step) implements Annotator {
    @Override
    public AnalyzedArticle annotate(AnalyzedArticle document) {
      return step.apply(document);
    }
  }

  private interface Step {
    AnalyzedArticle apply(AnalyzedArticle document);
  }

  private static final Fake LANGUAGE =
      new Fake("language", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE), doc -> doc.withLanguage("fr"));
  private static final Fake TAGGER = new Fake("tagger", Set.of(Layer.LANGUAGE),
      Set.of(Layer.TOKENS, Layer.SENTENCES), doc -> doc.withTokens(List.of(), List.of()));
  private static final Fake ENTITIES = new Fake("entities", Set.of(Layer.TOKENS), Set.of(Layer.ENTITIES),
      doc -> doc.withEntities(List.of()));

  @Test
  void building_rejectsAnAnnotatorWhoseRequirementNothingEarlierProduces() {
    assertThatThrownBy(() -> new Pipeline(List.of(LANGUAGE, ENTITIES)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'entities'")
        .hasMessageContaining("TOKENS");
  }

  @Test
  void building_rejectsTheRightOrderReversed() {
    assertThatThrownBy(() -> new Pipeline(List.of(TAGGER, LANGUAGE)))
        .hasMessageContaining("'tagger'")
        .hasMessageContaining("LANGUAGE");
  }

  @Test
  void building_acceptsRequirementsProducedEarlier() {
    Pipeline pipeline = new Pipeline(List.of(LANGUAGE, TAGGER, ENTITIES));

    assertThat(pipeline.annotators()).extracting(Annotator::name).containsExactly("language", "tagger", "entities");
  }

  @Test
  void analyze_keepsTheArticleWhenAnAnnotatorThrows_recordsTheErrorAndSkipsWhatNeededIt() {
    Fake failing = new Fake("tagger", Set.of(Layer.LANGUAGE), Set.of(Layer.TOKENS), doc -> {
      throw new IllegalStateException("model exploded");
    });
    Pipeline pipeline = new Pipeline(List.of(LANGUAGE, failing, ENTITIES));

    AnalyzedArticle result = pipeline.analyze(Articles.article("a1", "Titre", "Corps."));

    assertThat(result.id()).isEqualTo("a1");
    assertThat(result.text()).isEqualTo("Titre\n\nCorps.");
    assertThat(result.language()).isEqualTo("fr");
    assertThat(result.errors()).containsExactly("tagger failed: model exploded");
    assertThat(result.layers()).containsExactlyInAnyOrder(Layer.TEXT, Layer.LANGUAGE);
  }

  @Test
  void analyze_namesTheExceptionWhenItHasNoMessage() {
    Fake failing = new Fake("language", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE), doc -> {
      throw new NullPointerException();
    });

    AnalyzedArticle result = new Pipeline(List.of(failing)).analyze(Articles.article("a1", "", ""));

    assertThat(result.errors()).containsExactly("language failed: NullPointerException");
  }

  @Test
  void analyze_reportsAnUnsupportedLanguageAsIs() {
    Fake german = new Fake("tagger", Set.of(Layer.LANGUAGE), Set.of(Layer.TOKENS), doc -> {
      throw new UnsupportedLanguageException("tagger", doc.language());
    });
    Fake deLanguage =
        new Fake("language", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE), doc -> doc.withLanguage("de"));

    AnalyzedArticle result = new Pipeline(List.of(deLanguage, german)).analyze(Articles.article("a1", "", "Hallo"));

    assertThat(result.language()).isEqualTo("de");
    assertThat(result.errors()).singleElement().asString()
        .startsWith("tagger: language 'de' is not supported");
  }

  @Test
  void analyzeAll_keepsTheInputOrderWithSeveralThreads() {
    Fake slowAndUneven = new Fake("language", Set.of(Layer.TEXT), Set.of(Layer.LANGUAGE), doc -> {
      sleepMillis(ThreadLocalRandom.current().nextInt(5));
      return doc.withLanguage(doc.article().body());
    });
    Pipeline pipeline = new Pipeline(List.of(slowAndUneven));
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      articles.add(Articles.article("a" + i, "", "l" + i));
    }

    List<AnalyzedArticle> results = pipeline.analyzeAll(articles, 4);

    assertThat(results).extracting(AnalyzedArticle::id).containsExactlyElementsOf(
        articles.stream().map(Article::id).toList());
    assertThat(results).allSatisfy(result -> assertThat(result.language()).isEqualTo(result.article().body()));
  }

  @Test
  void analyzeAll_rejectsFewerThanOneThread() {
    Pipeline pipeline = new Pipeline(List.of(LANGUAGE));

    assertThatThrownBy(() -> pipeline.analyzeAll(List.of(), 0)).hasMessageContaining("at least 1");
  }

  private static void sleepMillis(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
