package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Quote;

/** Invented articles through the standard pipeline with the real models: entities and quotes work together. */
class InventedArticlesIT {
  private final Pipeline pipeline = StandardPipeline.get();

  @Test
  void frenchArticle_rolesPronounsReportedSpeechAndHeadline() {
    AnalyzedArticle result = pipeline.analyze(Articles.article("fr-invented",
        "La maire de Brivelle promet « une rentrée sereine »",
        "La maire de Brivelle, Claire Nadaud, a présenté lundi le budget de la ville. « Nous n'augmenterons pas"
            + " les impôts », a-t-elle déclaré devant le conseil municipal.\n\n"
            + "Son adjoint aux finances, Paul Ternier, a affirmé que les comptes étaient « à l'équilibre ».\n\n"
            + "Le préfet de la région a pour sa part appelé à la « prudence ».\n\n"
            + "« Une rentrée sereine est possible », a conclu Mme Nadaud.", "fr"));
    SpanInvariants.assertValid(result);

    Entity nadaud = person(result, "Claire Nadaud");
    assertThat(nadaud.roles()).contains("maire de Brivelle");
    assertThat(person(result, "Paul Ternier").roles()).contains("adjoint aux finances");
    assertThat(speakerOf(result, "Nous n'augmenterons pas les impôts", true)).isEqualTo("Claire Nadaud");
    assertThat(speakerOf(result, "les comptes étaient « à l'équilibre »", false)).isEqualTo("Paul Ternier");
    assertThat(speakerOf(result, "à l'équilibre", true)).isEqualTo("Paul Ternier");
    assertThat(speakerOf(result, "prudence", true)).isEqualTo("préfet de la région");
    assertThat(speakerOf(result, "Une rentrée sereine est possible", true)).isEqualTo("Claire Nadaud");
    assertThat(speakerOf(result, "une rentrée sereine", true)).isEqualTo("Claire Nadaud");
  }

  @Test
  void frenchArticle_datelineTitlePhraseSpeakerAndSeatOfPower() {
    AnalyzedArticle result = pipeline.analyze(Articles.article("fr-invented-2",
        "Grève des contrôleurs : le gouvernement « ouvert au dialogue »",
        "PORT-ARDENT – La ministre des Transports, Sophie Delorme, a reçu mardi les syndicats. « Nous sommes"
            + " ouverts au dialogue », a-t-elle assuré à l'issue de la réunion, qualifiant les échanges de"
            + " « francs ».\n\n"
            + "Le secrétaire général du syndicat, Marc Aubert, a estimé que la réunion n'avait « rien donné ».\n\n"
            + "Le Premier ministre a de son côté appelé « chacun à la responsabilité » sur France Inter. Matignon a"
            + " indiqué qu'une nouvelle réunion aurait lieu jeudi.", "fr"));
    SpanInvariants.assertValid(result);

    assertThat(result.entities()).filteredOn(entity -> entity.name().equals("PORT-ARDENT"))
        .singleElement().satisfies(entity -> assertThat(entity.type()).isEqualTo(EntityType.LOCATION));
    assertThat(person(result, "Sophie Delorme").roles()).containsExactly("ministre des Transports");
    assertThat(speakerOf(result, "Nous sommes ouverts au dialogue", true)).isEqualTo("Sophie Delorme");
    assertThat(speakerOf(result, "francs", true)).isEqualTo("Sophie Delorme");
    assertThat(speakerOf(result, "ouvert au dialogue", true)).isEqualTo("Sophie Delorme");
    assertThat(speakerOf(result, "rien donné", true)).isEqualTo("Marc Aubert");
    assertThat(speakerOf(result, "chacun à la responsabilité", true)).isEqualTo("Premier ministre");
    assertThat(speakerOf(result, "une nouvelle réunion aurait lieu jeudi", false)).isEqualTo("Matignon");
  }

  @Test
  void frenchArticle_reportedSpeechWhoseSubjectTheRulesCannotNameGetsItsSpeakerFromTheRanker() {
    AnalyzedArticle result = pipeline.analyze(Articles.article("fr-invented-3",
        "Festival de Brivelle : la programmation attendue en mars",
        "Les organisateurs du festival de Brivelle ont tenu lundi leur conférence de presse annuelle. Sans citer de"
            + " noms, Lucie Garnier la directrice artistique du festival, a affirmé que plusieurs têtes d'affiche de"
            + " l'an dernier reviendraient en juillet.\n\n"
            + "Garnier conclue aussi que le budget restera stable malgré la baisse des subventions.", "fr"));
    SpanInvariants.assertValid(result);

    assertThat(speakerOf(result, "plusieurs têtes d'affiche de l'an dernier reviendraient en juillet", false))
        .isEqualTo("Lucie Garnier");
    assertThat(speakerOf(result, "le budget restera stable malgré la baisse des subventions", false))
        .isEqualTo("Lucie Garnier");
  }

  @Test
  void englishArticle_inversionPronounAndFollowUp() {
    AnalyzedArticle result = pipeline.analyze(Articles.article("en-invented", "Port reopens after storm",
        "\"The harbour is open again,\" said Maria Lopez, the mayor of Springfield. \"We lost two days.\"\n\n"
            + "John Carter, a local fisherman, said that the damage was limited. \"It could have been worse,\" he"
            + " added.", "en"));
    SpanInvariants.assertValid(result);

    assertThat(person(result, "Maria Lopez").roles()).contains("mayor of Springfield");
    assertThat(speakerOf(result, "The harbour is open again,", true)).isEqualTo("Maria Lopez");
    assertThat(speakerOf(result, "We lost two days.", true)).isEqualTo("Maria Lopez");
    assertThat(speakerOf(result, "the damage was limited", false)).isEqualTo("John Carter");
    assertThat(speakerOf(result, "It could have been worse,", true)).isEqualTo("John Carter");
  }

  private static Entity person(AnalyzedArticle result, String name) {
    List<Entity> matches = result.entities().stream()
        .filter(entity -> entity.type() == EntityType.PERSON && entity.name().equals(name)).toList();
    assertThat(matches).as("person %s among %s", name, result.entities()).hasSize(1);
    return matches.get(0);
  }

  private static String speakerOf(AnalyzedArticle result, String text, boolean direct) {
    List<Quote> matches = result.quotes().stream()
        .filter(quote -> quote.direct() == direct && quote.text().equals(text)).toList();
    assertThat(matches).as("quote '%s' among %s", text, result.quotes()).isNotEmpty();
    assertThat(matches.get(0).speaker()).as("speaker of '%s'", text).isNotNull();
    return matches.get(0).speaker().name();
  }
}
