package org.vigie.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Divergence;
import org.vigie.model.DivergenceKind;
import org.vigie.model.Dossier;
import org.vigie.model.Story;
import org.vigie.nlp.Analyzers;
import org.vigie.stories.clustering.StoryClusterer;
import org.vigie.stories.dossier.DossierBuilder;

/** The bundled sample corpus and the two real seeds, through the real ingest and NLP pipeline. */
class SamplesIT {
  private static final Path SAMPLES = Path.of(System.getProperty("vigie.samples", "../samples"));

  /** The story each sample belongs to, from samples/README.md: by file name, wire.jsonl by line, RSS by item. */
  private static String expectedStory(String source) {
    String name = Path.of(source.replaceAll("[#:]\\d+$", "")).getFileName().toString();
    if (name.equals("wire.jsonl")) {
      return switch (source.substring(source.lastIndexOf(':') + 1)) {
        case "1" -> "peche";
        case "2" -> "crue";
        default -> "greve";
      };
    }
    if (source.endsWith("greve-eclaireur-loire.xml#2")) {
      return "prix";
    }
    return name.substring(0, name.indexOf('-'));
  }

  private static Set<Set<String>> groups(List<Story> stories) {
    Set<Set<String>> out = new HashSet<>();
    stories.forEach(s -> out.add(Set.copyOf(s.articles())));
    return out;
  }

  @Test
  void thirteenSamples_formTheFourStoriesOfTheReadme() {
    assumeTrue(Files.isDirectory(SAMPLES), "the bundled samples are not at " + SAMPLES.toAbsolutePath());
    List<AnalyzedArticle> articles = Analyzers.standard().analyzeAll(Corpora.read(List.of(SAMPLES.toString())), 2);
    assertThat(articles.size()).isEqualTo(13);
    Map<String, Set<String>> expected = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      expected.computeIfAbsent(expectedStory(a.source()), k -> new HashSet<>()).add(a.id());
    }
    assertThat(expected).containsOnlyKeys("peche", "crue", "greve", "prix");

    StoryClusterer clusterer = StoryClusterer.create();
    clusterer.addAll(articles);
    List<Story> stories = clusterer.stories();
    assertThat(groups(stories)).isEqualTo(new HashSet<>(expected.values()));

    Story crue = stories.stream().filter(s -> s.articles().containsAll(expected.get("crue"))).findFirst()
        .orElseThrow();
    Dossier dossier = new DossierBuilder().build(crue, articles);
    List<Divergence> figures = dossier.divergences().stream()
        .filter(d -> d.kind() == DivergenceKind.FIGURE).toList();
    assertThat(figures).singleElement().satisfies(d -> {
      assertThat(d.subject()).isEqualTo("evacuated");
      assertThat(d.claims()).extracting(c -> c.value()).contains("1200", "1500");
      assertThat(d.claims()).filteredOn(c -> c.value().equals("1500")).extracting(c -> c.outlet())
          .containsOnly("Alpine Wire");
    });
    assertThat(dossier.articles()).hasSize(4);
  }

  @Test
  void sampleDossiers_reportThePlantedDivergences_andNothingElse() {
    assumeTrue(Files.isDirectory(SAMPLES), "the bundled samples are not at " + SAMPLES.toAbsolutePath());
    List<AnalyzedArticle> articles = Analyzers.standard().analyzeAll(Corpora.read(List.of(SAMPLES.toString())), 2);
    StoryClusterer clusterer = StoryClusterer.create();
    clusterer.addAll(articles);
    Map<String, String> storyOf = new HashMap<>();
    articles.forEach(a -> storyOf.put(a.id(), expectedStory(a.source())));
    Map<String, List<Divergence>> found = new HashMap<>();
    for (Story story : clusterer.stories()) {
      found.put(storyOf.get(story.articles().getFirst()), new DossierBuilder().build(story, articles).divergences());
    }
    // README "Planted divergences": #5 is attributed to each side, so it is no divergence.
    assertThat(found.get("peche")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DivergenceKind.DATELINE);
      assertThat(d.claims()).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("2026-03-04"));
    });
    assertThat(found.get("prix")).isEmpty();
    assertThat(found.get("crue")).extracting(Divergence::kind).containsExactly(DivergenceKind.FIGURE);
    assertThat(found.get("greve")).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(DivergenceKind.QUOTE_SPEAKER);
      assertThat(d.claims()).extracting(c -> c.value()).contains("Maëlle Kerbrat", "Thibault Marchais");
      assertThat(d.claims()).filteredOn(c -> c.value().equals("Thibault Marchais")).extracting(c -> c.outlet())
          .containsOnly("Le Quotidien de la Plaine");
    });
  }

  @Test
  void theTwoRealSeeds_formOneStory() {
    Path shared = Corpora.shared();
    assumeTrue(shared != null && Files.isDirectory(shared.resolve("seeds")),
        "vigie.shared is unset or has no seeds/ folder; set -Dvigie.shared=/path/to/shared");
    List<AnalyzedArticle> articles =
        Analyzers.standard().analyzeAll(Corpora.read(List.of(shared.resolve("seeds").toString())), 2);
    assertThat(articles.size()).isEqualTo(2);
    StoryClusterer clusterer = StoryClusterer.create();
    clusterer.addAll(articles);
    assertThat(clusterer.stories()).singleElement()
        .satisfies(s -> assertThat(s.articles()).hasSize(2));
    Dossier dossier = new DossierBuilder().build(clusterer.stories().getFirst(), articles);
    assertThat(dossier.actors()).anyMatch(a -> a.name().contains("Oman"));
  }
}
