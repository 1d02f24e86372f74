package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.Quote;

/** The quotes of the two seed articles and who said them, through the standard pipeline. */
class SeedQuotesIT {
  private final Pipeline pipeline = StandardPipeline.get();

  @Test
  void seed000_directQuotes() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed000());
    SpanInvariants.assertValid(result);

    assertSaid(result, "le traitement de son propre peuple", true, "Marco Rubio");
    assertSaid(result, "respect mutuel", true, "Abbas Araghchi");
    Quote engages = assertSaid(result, "L'Iran s'engage", true, "Abbas Araghchi");
    assertThat(engages.text()).endsWith("droits");
    assertThat(engages.cue()).isEqualTo("écrit");
    Quote continued = assertSaid(result, "Les engagements doivent être honorés.", true, "Abbas Araghchi");
    assertThat(continued.text()).endsWith("durable.");
  }

  @Test
  void seed000_reportedSpeech() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed000());

    assertSaid(result, "ils avaient été repoussés", false, "Mehr News Agency");
  }

  @Test
  void seed000_oneSpeakerEntityLinksAraghchisQuotes() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed000());
    Entity araghchi = SeedEntitiesIT.person(result, "Abbas Araghchi");

    assertThat(result.quotes()).filteredOn(quote -> quote.speaker() != null
        && araghchi.id().equals(quote.speaker().entity())).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void seed003_directQuotes() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed003());
    SpanInvariants.assertValid(result);

    assertSaidByDescription(result, "deuxième phase", true, "gouvernement iranien");
    assertSaid(result, "cruciaux", true, "Badr al-Busaidi");
    Quote ready = assertSaid(result, "prêt à défendre", true, "Abbas Araghchi");
    assertThat(ready.text()).endsWith("d'aventurisme");
    assertSaid(result, "intérêts", true, "Chine");
    assertSaid(result, "intimidation", true, "Chine");
    assertSaid(result, "négocient", true, "Donald Trump");
    assertSaid(result, "Ils ne veulent pas que nous les frappions", true, "Donald Trump");
    Quote president = assertSaid(result, "Le président a clairement exprimé", true, "Karoline Leavitt");
    assertThat(president.text()).endsWith("nulle");
    Quote commander = assertSaid(result, "le commandant en c", true, "Karoline Leavitt");
    assertThat(commander.cue()).isEqualTo("soulignant");
    assertSaid(result, "inclure certains éléments", true, "Marco Rubio");
    assertSaid(result, "L'Iran continue", true, "Institute for the Study of War");
    assertSaid(result, "Nous sommes prêts à nous défendre", true, "Mohammad Akraminia");
    assertSaid(result, "facile", true, "Mohammad Akraminia");
  }

  @Test
  void seed003_reportedSpeech() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed003());

    assertSaidByDescription(result, "les discussions étaient déjà entrées", false, "gouvernement iranien");
    assertSaidByDescription(result, "elles sont menées indirectement", false, "télévision d'Etat iranienne");
    assertSaid(result, "vouloir discuter", false, "Etats-Unis");
    Quote retaliate = assertSaid(result, "il riposterait", false, "Téhéran");
    assertThat(retaliate.cue()).isEqualTo("a répété");
  }

  @Test
  void seed003_speakerEntitiesExist_andLinkEachSpeakersQuotes() {
    AnalyzedArticle result = pipeline.analyze(Seeds.seed003());
    Entity trump = SeedEntitiesIT.person(result, "Donald Trump");

    assertThat(result.quotes()).filteredOn(quote -> quote.direct() && quote.speaker() != null
        && trump.id().equals(quote.speaker().entity())).hasSize(2);
    assertThat(result.quotes()).filteredOn(Quote::direct)
        .allSatisfy(quote -> assertThat(quote.speaker()).as(quote.text()).isNotNull());
  }

  /**
   * The one quote of that kind starting with {@code start}, said by a description that names no entity ("le
   * gouvernement iranien": common nouns are not entities).
   */
  private static Quote assertSaidByDescription(AnalyzedArticle result, String start, boolean direct,
      String speaker) {
    Quote quote = theQuote(result, start, direct);
    assertThat(quote.speaker()).as("speaker of '%s'", start).isNotNull();
    assertThat(quote.speaker().name()).as("speaker of '%s'", start).isEqualToIgnoringCase(speaker);
    assertThat(quote.speaker().entity()).as("speaker entity of '%s'", start).isNull();
    assertThat(result.entities()).extracting(Entity::name).doesNotContain(speaker);
    return quote;
  }

  /** The one quote of that kind starting with {@code start}, said by the entity named {@code speaker}. */
  private static Quote assertSaid(AnalyzedArticle result, String start, boolean direct, String speaker) {
    Quote quote = theQuote(result, start, direct);
    assertThat(quote.speaker()).as("speaker of '%s'", start).isNotNull();
    assertThat(quote.speaker().name()).as("speaker of '%s'", start).isEqualToIgnoringCase(speaker);
    assertThat(quote.speaker().entity()).as("speaker entity of '%s'", start).isNotNull();
    assertThat(result.entities()).extracting(Entity::id).contains(quote.speaker().entity());
    return quote;
  }

  private static Quote theQuote(AnalyzedArticle result, String start, boolean direct) {
    List<Quote> matches = result.quotes().stream()
        .filter(quote -> quote.direct() == direct && quote.text().startsWith(start)).toList();
    assertThat(matches).as("%s quote starting '%s' among %s", direct ? "direct" : "reported", start,
        result.quotes()).hasSize(1);
    return matches.get(0);
  }
}
