package org.vigie.stories.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Actor;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.DatelineCheck;
import org.vigie.model.CarriedQuote;
import org.vigie.model.Divergence;
import org.vigie.model.DivergenceKind;
import org.vigie.model.Dossier;
import org.vigie.model.EntityType;
import org.vigie.model.SpeakerQuotes;
import org.vigie.model.Story;
import org.vigie.model.TimeType;
import org.vigie.stories.Docs;

class DossierBuilderTest {
  private static final String FULL =
      "Nous ne céderons rien sur les horaires de nuit. Mais pour les salaires, la porte reste ouverte";

  static AnalyzedArticle reference() {
    return Docs.article("ferry-1", "Grève chez Ferralis : le syndicat durcit le ton",
            "La secrétaire générale de l'Union des marins du Ponant, Yolande Brévart, a prévenu mardi : « " + FULL
                + " ». Le porte-parole de Ferralis, Gaspard Lemeur, a promis une réponse jeudi.")
        .outlet("Le Phare").published("2031-05-06")
        .entity("Yolande Brévart", EntityType.PERSON, List.of("secrétaire générale de l'Union des marins du Ponant"))
        .entity("Gaspard Lemeur", EntityType.PERSON, List.of("porte-parole de Ferralis"))
        .entity("Union des marins du Ponant", EntityType.ORGANIZATION)
        .entity("Ferralis", EntityType.ORGANIZATION)
        .quote(FULL, "Yolande Brévart")
        .time("mardi", TimeType.DATE, "2031-05-06")
        .time("jeudi", TimeType.DATE, "2031-05-08")
        .build();
  }

  static AnalyzedArticle split() {
    return Docs.article("ferry-2", "Ferralis : les marins reconduisent la grève",
            "« Nous ne céderons rien sur les horaires de nuit », a répété Yolande Brevart, de l'UMP, « mais pour "
                + "les salaires, la porte reste ouverte ». Mme Brevart attend Ferralis jeudi.")
        .outlet("Agence du Large").published("2031-05-07")
        .entity("Yolande Brevart", EntityType.PERSON, List.of(), "Yolande Brevart")
        .entity("Mme Brevart", EntityType.PERSON, List.of(), "Mme Brevart")
        .entity("UMP", EntityType.ORGANIZATION)
        .entity("Ferralis", EntityType.ORGANIZATION)
        .quote("Nous ne céderons rien sur les horaires de nuit", "Yolande Brevart")
        .quote("mais pour les salaires, la porte reste ouverte", "Yolande Brevart")
        .time("jeudi", TimeType.DATE, "2031-05-08")
        .build();
  }

  static AnalyzedArticle misattributed() {
    return Docs.article("ferry-3", "Conflit chez Ferralis",
            "« Pour les salaires, la porte reste ouverte », a assuré Gaspard Lemeur, porte-parole de Ferralis.")
        .outlet("Le Quotidien du Quai").published("2031-05-07")
        .entity("Gaspard Lemeur", EntityType.PERSON, List.of("porte-parole de Ferralis"))
        .entity("Ferralis", EntityType.ORGANIZATION)
        .quote("Pour les salaires, la porte reste ouverte", "Gaspard Lemeur")
        .build();
  }

  static Story story(AnalyzedArticle... articles) {
    return new Story("story-x", articles[0].title(), java.util.Arrays.stream(articles).map(AnalyzedArticle::id)
        .toList());
  }

  @Test
  void sameQuote_trimmedSplitOrRepunctuated_isOneQuoteCarriedByEveryOutlet() {
    Dossier d = new DossierBuilder().build(story(reference(), split(), misattributed()),
        List.of(reference(), split(), misattributed()));
    List<CarriedQuote> all = d.quotes().stream().flatMap(s -> s.quotes().stream()).toList();
    assertThat(all).hasSize(1);
    CarriedQuote quote = all.getFirst();
    assertThat(quote.text()).isEqualTo(FULL);
    assertThat(quote.carriers()).extracting(c -> c.article())
        .containsExactly("ferry-1", "ferry-2", "ferry-2", "ferry-3");
    assertThat(d.quotes()).extracting(SpeakerQuotes::speaker).containsExactly("Yolande Brévart");
  }

  @Test
  void quoteCreditedToAnotherSpeaker_isAQuoteSpeakerDivergence() {
    Dossier d = new DossierBuilder().build(story(reference(), split(), misattributed()),
        List.of(reference(), split(), misattributed()));
    List<Divergence> speakers = d.divergences().stream()
        .filter(v -> v.kind() == DivergenceKind.QUOTE_SPEAKER).toList();
    assertThat(speakers).hasSize(1);
    assertThat(speakers.getFirst().claims()).extracting(c -> c.value())
        .contains("Yolande Brévart", "Gaspard Lemeur");
    assertThat(speakers.getFirst().claims()).anyMatch(c -> c.article().equals("ferry-3")
        && c.outlet().equals("Le Quotidien du Quai") && c.value().equals("Gaspard Lemeur"));
  }

  @Test
  void actors_mergeAccentVariantsAndSurnames_keepingEveryRole() {
    Dossier d = new DossierBuilder().build(story(reference(), split(), misattributed()),
        List.of(reference(), split(), misattributed()));
    Actor brevart = d.actors().stream().filter(a -> a.name().equals("Yolande Brévart")).findFirst().orElseThrow();
    assertThat(brevart.aliases()).contains("Yolande Brevart", "Mme Brevart");
    assertThat(brevart.articles()).containsExactly("ferry-1", "ferry-2");
    assertThat(brevart.roles()).extracting(r -> r.role())
        .containsExactly("secrétaire générale de l'Union des marins du Ponant");
    Actor lemeur = d.actors().stream().filter(a -> a.name().equals("Gaspard Lemeur")).findFirst().orElseThrow();
    assertThat(lemeur.roles()).extracting(r -> r.article()).containsExactly("ferry-1", "ferry-3");
    Actor ferralis = d.actors().stream().filter(a -> a.name().equals("Ferralis")).findFirst().orElseThrow();
    assertThat(ferralis.articles()).hasSize(3);
    Actor union = d.actors().stream().filter(a -> a.name().equals("Union des marins du Ponant")).findFirst()
        .orElseThrow();
    assertThat(union.aliases()).contains("UMP");
  }

  @Test
  void timeline_isByDay_sorted_withTheSentenceAndOutlet() {
    Dossier d = new DossierBuilder().build(story(reference(), split()), List.of(split(), reference()));
    assertThat(d.timeline()).extracting(e -> e.date()).containsExactly("2031-05-06", "2031-05-08");
    assertThat(d.timeline().get(1).sources()).extracting(s -> s.outlet())
        .containsExactly("Le Phare", "Agence du Large");
    assertThat(d.timeline().get(1).sources().get(1).sentence()).isEqualTo("Mme Brevart attend Ferralis jeudi.");
    assertThat(d.from()).isEqualTo("2031-05-06");
    assertThat(d.to()).isEqualTo("2031-05-08");
    assertThat(d.articles()).extracting(a -> a.id()).containsExactly("ferry-1", "ferry-2");
  }

  @Test
  void differentCountsOfEvacuees_acrossConventionsAndLanguages_areAFigureDivergence() {
    AnalyzedArticle fr = Docs.article("lake-1", "Crue du lac de Vaugris",
            "Le lac de Vaugris est monté de 3,80 m. Quelque 1 200 habitants ont été évacués jeudi soir.")
        .outlet("L'Écho du Lac").published("2031-06-02").build();
    AnalyzedArticle en = Docs.article("lake-2", "1,500 evacuated as Vaugris lake rises",
            "The lake rose 3.8 metres. About 1,500 residents were evacuated on Thursday evening.")
        .language("en").outlet("Valley Wire").published("2031-06-02").build();
    AnalyzedArticle agreeing = Docs.article("lake-3", "Vaugris : la décrue commence",
            "Les 1 200 habitants évacués pourraient rentrer lundi.")
        .outlet("Le Guetteur").published("2031-06-03").build();
    Dossier d = new DossierBuilder().build(story(fr, en, agreeing), List.of(fr, en, agreeing));
    List<Divergence> figures = d.divergences().stream().filter(v -> v.kind() == DivergenceKind.FIGURE).toList();
    assertThat(figures).hasSize(1);
    assertThat(figures.getFirst().subject()).isEqualTo("evacuated");
    assertThat(figures.getFirst().claims()).extracting(c -> c.article() + "=" + c.value())
        .containsExactlyInAnyOrder("lake-1=1200", "lake-2=1500", "lake-3=1200");
  }

  @Test
  void sameFigureWrittenDifferently_isNoDivergence() {
    AnalyzedArticle fr = Docs.article("lake-1", "Crue", "Quelque 1 200 habitants ont été évacués.").build();
    AnalyzedArticle en = Docs.article("lake-2", "Flood", "About 1,200 residents were evacuated at 2:30 p.m.")
        .language("en").build();
    Dossier d = new DossierBuilder().build(story(fr, en), List.of(fr, en));
    assertThat(d.divergences()).isEmpty();
  }

  @Test
  void contradictedDateline_isADatelineDivergence() {
    AnalyzedArticle misdated = split().withDateline(
        new DatelineCheck("2031-05-07", "2031-05-09", false, List.of("hier, jeudi 8 mai")));
    Dossier d = new DossierBuilder().build(story(reference(), misdated), List.of(reference(), misdated));
    assertThat(d.divergences()).filteredOn(v -> v.kind() == DivergenceKind.DATELINE)
        .singleElement().satisfies(v -> assertThat(v.subject()).isEqualTo("ferry-2"));
  }

  @Test
  void sameEventDatedDifferently_isADateDivergence_butAnOngoingEventIsNot() {
    AnalyzedArticle one = Docs.article("lake-1", "Crue du lac de Vaugris",
            "Les habitants ont été évacués jeudi soir. La grève des éboueurs continue lundi.")
        .outlet("L'Écho du Lac").published("2031-06-07")
        .time("jeudi soir", TimeType.DATE, "2031-06-05")
        .time("lundi", TimeType.DATE, "2031-06-09")
        .build();
    AnalyzedArticle two = Docs.article("lake-2", "Vaugris lake",
            "Residents were evacuated on Wednesday evening. The refuse strike goes on until Tuesday.")
        .language("en").outlet("Valley Wire").published("2031-06-07")
        .time("Wednesday evening", TimeType.DATE, "2031-06-04")
        .time("Tuesday", TimeType.DATE, "2031-06-10")
        .build();
    Dossier d = new DossierBuilder().build(story(one, two), List.of(one, two));
    assertThat(d.divergences()).filteredOn(v -> v.kind() == DivergenceKind.DATE).singleElement()
        .satisfies(v -> {
          assertThat(v.subject()).isEqualTo("evacuation");
          assertThat(v.claims()).extracting(c -> c.outlet() + "=" + c.value())
              .containsExactlyInAnyOrder("L'Écho du Lac=2031-06-05", "Valley Wire=2031-06-04");
        });
  }

  @Test
  void articleOrder_doesNotChangeTheDossier() {
    Story s = story(reference(), split(), misattributed());
    Dossier a = new DossierBuilder().build(s, List.of(reference(), split(), misattributed()));
    Dossier b = new DossierBuilder().build(s, List.of(misattributed(), split(), reference()));
    assertThat(b).isEqualTo(a);
  }

  @Test
  void oneBuilderBuildingAgain_givesWhatAFreshOneGives_evenForAnotherArticleUnderAKnownId() {
    DossierBuilder builder = new DossierBuilder();
    Story s = story(reference(), split(), misattributed());
    Dossier first = builder.build(s, List.of(reference(), split(), misattributed()));
    assertThat(builder.build(s, List.of(misattributed(), split(), reference()))).isEqualTo(first);
    AnalyzedArticle other = Docs.article("ferry-3", "Conflit chez Ferralis",
            "« Les horaires de nuit ne bougeront pas », a déclaré Gaspard Lemeur, porte-parole de Ferralis.")
        .outlet("Le Quotidien du Quai").published("2031-05-07")
        .entity("Gaspard Lemeur", EntityType.PERSON, List.of("porte-parole de Ferralis"))
        .quote("Les horaires de nuit ne bougeront pas", "Gaspard Lemeur")
        .build();
    assertThat(builder.build(s, List.of(reference(), split(), other)))
        .isEqualTo(new DossierBuilder().build(s, List.of(reference(), split(), other)))
        .isNotEqualTo(first);
  }
}
