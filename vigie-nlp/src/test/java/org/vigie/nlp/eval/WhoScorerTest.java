package org.vigie.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.model.Sentence;
import org.vigie.model.Speaker;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;
import org.vigie.nlp.eval.WhoScorer.ArticleScore;

/** One test per rule of the scoring section of fr-wikinews/GUIDELINES.md, on gold and predictions built by hand. */
class WhoScorerTest {

  // ---- entities

  @Test
  void entityRecall_acceptsTheNameOrAMentionEqualToTheGoldNameOrAnAliasAfterFolding() {
    GoldEntity onf = entity("Office national des forêts", EntityType.ORGANIZATION, List.of("ONF"), List.of());
    GoldEntity brest = entity("Brest", EntityType.LOCATION, List.of(), List.of());
    GoldEntity lea = entity("Léa Marchal", EntityType.PERSON, List.of(), List.of());

    Tally tally = score(gold(onf, brest, lea), predicted(
        predicted("Office des forêts", EntityType.ORGANIZATION, List.of(), "onf"),
        predicted("BREST", EntityType.LOCATION, List.of()),
        predicted("Lea Marchal", EntityType.PERSON, List.of()))).tally();

    assertThat(tally.entitiesFound()).isEqualTo(3);
    assertThat(tally.entityRecall()).isEqualTo(1.0);
  }

  @Test
  void entityRecall_needsAnAcceptedType_typesOkWidensIt() {
    GoldEntity paper = new GoldEntity("Le Monde", EntityType.ORGANIZATION,
        EnumSet.of(EntityType.ORGANIZATION, EntityType.LOCATION), List.of(), List.of(), false);
    GoldEntity club = entity("Sao Paulo", EntityType.ORGANIZATION, List.of(), List.of());

    ArticleScore score = score(gold(paper, club), predicted(
        predicted("Le Monde", EntityType.LOCATION, List.of()),
        predicted("Sao Paulo", EntityType.LOCATION, List.of())));

    assertThat(score.tally().entitiesFound()).isEqualTo(1);
    assertThat(score.tally().entities()).isEqualTo(2);
    assertThat(score.misses()).extracting(Miss::toString)
        .contains("missed entity: Sao Paulo (ORGANIZATION), predicted as LOCATION");
  }

  @Test
  void entityRecall_leavesOptionalEntitiesOut_precisionCountsThemAsRight() {
    GoldEntity agency = new GoldEntity("AFP", EntityType.ORGANIZATION, EnumSet.of(EntityType.ORGANIZATION),
        List.of(), List.of(), true);
    GoldEntity credit = new GoldEntity("Reuters", EntityType.ORGANIZATION, EnumSet.of(EntityType.ORGANIZATION),
        List.of(), List.of(), true);
    GoldEntity town = entity("Lille", EntityType.LOCATION, List.of(), List.of());

    Tally tally = score(gold(agency, credit, town), predicted(
        predicted("AFP", EntityType.ORGANIZATION, List.of()),
        predicted("Lille", EntityType.LOCATION, List.of()))).tally();

    assertThat(tally.entities()).isEqualTo(1);
    assertThat(tally.entitiesFound()).isEqualTo(1);
    assertThat(tally.predicted()).isEqualTo(2);
    assertThat(tally.predictedRight()).isEqualTo(2);
  }

  @Test
  void entityPrecision_countsPersonsOrganisationsAndPlacesOnly_andListsTheSpurious() {
    GoldEntity town = entity("Lille", EntityType.LOCATION, List.of(), List.of());

    ArticleScore score = score(gold(town), predicted(
        predicted("Lille", EntityType.LOCATION, List.of()),
        predicted("Coupe du monde", EntityType.MISC, List.of()),
        predicted("Premier", EntityType.PERSON, List.of()),
        predicted("Lille", EntityType.ORGANIZATION, List.of())));

    assertThat(score.tally().predicted()).isEqualTo(3);
    assertThat(score.tally().predictedRight()).isEqualTo(1);
    assertThat(score.tally().entityPrecision()).isEqualTo(1.0 / 3);
    assertThat(score.misses()).extracting(Miss::toString)
        .containsExactly("spurious entity: Premier (PERSON)", "spurious entity: Lille (ORGANIZATION)");
  }

  // ---- roles

  @Test
  void roleRecall_acceptsARoleThatContainsTheGoldOne() {
    assertThat(WhoScorer.roleMatches("porte-parole", "porte-parole de la mairie")).isTrue();
  }

  @Test
  void roleRecall_acceptsARoleContainedInTheGoldOneOnlyWithTwoWordsOrMore() {
    assertThat(WhoScorer.roleMatches("ministre iranien des Affaires étrangères", "ministre iranien")).isTrue();
    assertThat(WhoScorer.roleMatches("ministre iranien des Affaires étrangères", "ministre")).isFalse();
  }

  @Test
  void roleRecall_acceptsAWordOverlapOfSixTenthsOrMore() {
    // {ministre, des, affaires, etrangeres} against {ministre, iranien, des, affaires, etrangeres}: 4/5
    assertThat(WhoScorer.roleMatches("ministre iranien des Affaires étrangères", "ministre des Affaires étrangères"))
        .isTrue();
    // ... and {ministre, des, affaires, etrangeres, d, iran}: 4/7
    assertThat(WhoScorer.roleMatches("ministre iranien des Affaires étrangères", "ministre des Affaires étrangères d'Iran"))
        .isFalse();
    // {directeur, de, l, ecole} against {directeur, adjoint, du, lycee}: 1/7
    assertThat(WhoScorer.roleMatches("directeur de l'école", "directeur adjoint du lycée")).isFalse();
  }

  @Test
  void roleRecall_countsTheRolesOfFoundPersonsAcrossEveryMatchedEntity() {
    GoldEntity lea = entity("Léa Marchal", EntityType.PERSON, List.of("Marchal"),
        List.of("garde forestière", "maire de Plouzané"));
    GoldEntity missed = entity("Yves Le Goff", EntityType.PERSON, List.of(), List.of("pompier"));

    ArticleScore score = score(gold(lea, missed), predicted(
        predicted("Léa Marchal", EntityType.PERSON, List.of("garde forestière du secteur")),
        predicted("Marchal", EntityType.PERSON, List.of("maire"))));

    assertThat(score.tally().roles()).isEqualTo(2);
    assertThat(score.tally().rolesFound()).isEqualTo(1);
    assertThat(score.misses()).extracting(Miss::kind).contains(Miss.Kind.MISSED_ROLE);
  }

  // ---- quotes and speakers

  @Test
  void quoteRecall_matchesOneToOneWithTheBestUnusedQuoteAtHalfOverlap() {
    GoldQuote first = new GoldQuote("le feu est fixé ce soir", "Léa Marchal", List.of(), true);
    GoldQuote same = new GoldQuote("le feu est fixé ce soir", "Léa Marchal", List.of(), true);
    GoldQuote weak = new GoldQuote("nous restons mobilisés toute la nuit", "Léa Marchal", List.of(), true);

    Tally tally = score(gold(List.of(), List.of(first, same, weak)), predicted(List.of(),
        quote("le feu est fixé", "Léa Marchal"),            // overlap 4/6 with the first two
        quote("nous restons", "Léa Marchal"))).tally();      // overlap 2/6 with the third: under 0.5

    assertThat(tally.quotes()).isEqualTo(3);
    assertThat(tally.quotesFound()).isEqualTo(1);
  }

  @Test
  void quoteRecall_takesTheHighestOverlapNotTheFirstAboveHalf() {
    GoldQuote gold = new GoldQuote("le feu est fixé ce soir", "Léa Marchal", List.of(), true);
    GoldQuote other = new GoldQuote("le feu est fixé", "Yves Le Goff", List.of(), true);

    Tally tally = score(gold(List.of(), List.of(gold, other)), predicted(List.of(),
        quote("le feu est fixé", "Yves Le Goff"),
        quote("le feu est fixé ce soir", "Léa Marchal"))).tally();

    assertThat(tally.quotesFound()).isEqualTo(2);
    assertThat(tally.speakersRight()).isEqualTo(2);
  }

  @Test
  void speaker_acceptsTheFoldedNameASpeakerOkOrAnAliasOfTheGoldEntity() {
    GoldEntity onf = entity("Office national des forêts", EntityType.ORGANIZATION, List.of("ONF"), List.of());
    GoldQuote quote = new GoldQuote("x", "Office national des forêts", List.of("la direction"), true);

    assertThat(WhoScorer.speakerRight(quote, "office national des forets", List.of(onf))).isTrue();
    assertThat(WhoScorer.speakerRight(quote, "ONF", List.of(onf))).isTrue();
    assertThat(WhoScorer.speakerRight(quote, "La Direction", List.of(onf))).isTrue();
    assertThat(WhoScorer.speakerRight(quote, "les pompiers", List.of(onf))).isFalse();
  }

  @Test
  void speaker_acceptsANameWhoseWordsIncludeTheLastWordOfAnAcceptedOne() {
    GoldQuote quote = new GoldQuote("x", "Léa Marchal", List.of(), true);

    assertThat(WhoScorer.speakerRight(quote, "Mme Marchal", List.of())).isTrue();
    assertThat(WhoScorer.speakerRight(quote, "Léa", List.of())).isFalse();
  }

  @Test
  void speaker_withoutGoldSpeakerIsRightOnlyWithoutPredictedOne() {
    GoldQuote quote = new GoldQuote("x", null, List.of(), true);

    assertThat(WhoScorer.speakerRight(quote, null, List.of())).isTrue();
    assertThat(WhoScorer.speakerRight(quote, "Léa Marchal", List.of())).isFalse();
  }

  @Test
  void speakerAccuracy_isOverAllGoldQuotes_aMissedQuoteCountsAgainstIt() {
    GoldQuote found = new GoldQuote("le feu est fixé ce soir", "Léa Marchal", List.of(), true);
    GoldQuote missed = new GoldQuote("nous restons mobilisés", "Léa Marchal", List.of(), false);

    ArticleScore score = score(gold(List.of(), List.of(found, missed)), predicted(List.of(),
        quote("le feu est fixé ce soir", "Marchal")));

    assertThat(score.tally().speakerAccuracy()).isEqualTo(0.5);
    assertThat(score.misses()).extracting(Miss::kind).containsExactly(Miss.Kind.MISSED_QUOTE);
  }

  @Test
  void speakerErrors_classifyEachGoldQuoteWithoutItsSpeaker_andAddUpAsCounts() {
    String body = "Léa Marchal arrive. « Le feu est fixé », dit Paul Henry. « Nous restons là », dit-il. "
        + "« Tout brûle », dit-on.";
    Article source = new Article("1", "test:1", null, null, "Titre", null, "fr", body, Map.of());
    String text = source.text();
    int second = text.indexOf("« Le feu");
    int third = text.indexOf("« Nous");
    int fourth = text.indexOf("« Tout");
    List<Sentence> sentences = List.of(new Sentence(0, second - 1, 0, 0), new Sentence(second, third - 1, 0, 0),
        new Sentence(third, fourth - 1, 0, 0), new Sentence(fourth, text.length(), 0, 0));
    Entity lea = new Entity("e1", "Léa Marchal", EntityType.PERSON, List.of(),
        List.of(new Mention(text.indexOf("Léa"), text.indexOf(" arrive"), "Léa Marchal")));
    Entity paul = new Entity("e2", "Paul Henry", EntityType.PERSON, List.of(),
        List.of(new Mention(text.indexOf("Paul"), text.indexOf(". « Nous"), "Paul Henry")));
    AnalyzedArticle predicted = AnalyzedArticle.of(source).withTokens(List.of(), sentences)
        .withEntities(List.of(lea, paul)).withQuotes(List.of(
            placed(text, "Le feu est fixé", new Speaker("Paul Henry", "e2")),
            placed(text, "Nous restons là", new Speaker("il", null)),
            placed(text, "Tout brûle", null)));
    GoldArticle gold = gold(
        List.of(entity("Léa Marchal", EntityType.PERSON, List.of(), List.of()),
            entity("Paul Henry", EntityType.PERSON, List.of(), List.of()),
            entity("Jean Dupont", EntityType.PERSON, List.of(), List.of())),
        List.of(new GoldQuote("Le feu est fixé", "Léa Marchal", List.of(), true),
            new GoldQuote("Nous restons là", "Paul Henry", List.of(), true),
            new GoldQuote("Tout brûle", "les pompiers", List.of(), true),
            new GoldQuote("jamais dit", "Jean Dupont", List.of(), true)));

    ArticleScore score = score(gold, predicted);

    assertThat(score.speakerErrors()).containsExactly(SpeakerError.OTHER_ENTITY_NAMED_ELSEWHERE,
        SpeakerError.PRONOUN, SpeakerError.NO_SPEAKER_NAMED_ELSEWHERE, SpeakerError.QUOTE_NOT_FOUND);
    assertThat(WhoScores.of(List.of(score, score)).speakerErrors()).isEqualTo("speaker errors: quote not found 2; "
        + "no speaker, gold elsewhere 2; pronoun left 2; other entity, gold elsewhere 2");
  }

  @Test
  void speakerErrors_tellAMissingEntityFromADescriptionGivenForAName() {
    String body = "« Tout brûle », a dit le maire Jean Dupont.";
    Article source = new Article("1", "test:1", null, null, "Titre", null, "fr", body, Map.of());
    Quote quote = placed(source.text(), "Tout brûle", new Speaker("le maire", null));
    GoldQuote gold = new GoldQuote("Tout brûle", "Jean Dupont", List.of(), true);
    GoldEntity dupont = entity("Jean Dupont", EntityType.PERSON, List.of(), List.of());
    Entity found = new Entity("e1", "Jean Dupont", EntityType.PERSON, List.of(), List.of());
    Entity typedOtherwise = new Entity("e1", "Jean Dupont", EntityType.ORGANIZATION, List.of(), List.of());

    ArticleScore without = score(gold(List.of(dupont), List.of(gold)),
        AnalyzedArticle.of(source).withQuotes(List.of(quote)));
    ArticleScore with = score(gold(List.of(dupont), List.of(gold)),
        AnalyzedArticle.of(source).withEntities(List.of(found)).withQuotes(List.of(quote)));

    ArticleScore mistyped = score(gold(List.of(dupont), List.of(gold)),
        AnalyzedArticle.of(source).withEntities(List.of(typedOtherwise)).withQuotes(List.of(quote)));

    assertThat(without.speakerErrors()).containsExactly(SpeakerError.ENTITY_NOT_FOUND);
    assertThat(mistyped.speakerErrors()).containsExactly(SpeakerError.ENTITY_TYPED_OTHERWISE);
    assertThat(with.speakerErrors()).containsExactly(SpeakerError.DESCRIPTION_FOR_NAME);
  }

  // ---- times

  @Test
  void timeValues_leaveOptionalAndDatelineTimesOut() {
    List<GoldTime> times = List.of(
        new GoldTime("22 juin 2012", "DATE", "2012-06-22", false, true),
        new GoldTime("87 ans", "DURATION", "P87Y", true, false),
        new GoldTime("samedi dernier", "DATE", "2012-06-16", false, false));

    Tally tally = score(gold(times), timed(
        time("22 juin 2012", "2012-06-22"), time("samedi dernier", "2012-06-16"))).tally();

    assertThat(tally.times()).isEqualTo(1);
    assertThat(tally.timesRight()).isEqualTo(1);
  }

  @Test
  void timeValues_matchTheFirstUnusedTimeContainingOrContainedInTheGoldText() {
    List<GoldTime> times = List.of(
        new GoldTime("lundi", "DATE", "2012-06-18", false, false),
        new GoldTime("le lundi suivant", "DATE", "2012-06-25", false, false));

    ArticleScore score = score(gold(times), timed(
        time("Lundi matin", "2012-06-18TMO"), time("lundi suivant", "2012-06-25")));

    // "lundi" takes "Lundi matin" (contains it; wrong value), "le lundi suivant" takes the second (contained in it)
    assertThat(score.tally().timesRight()).isEqualTo(1);
    assertThat(score.misses()).extracting(Miss::kind).containsExactly(Miss.Kind.WRONG_TIME);
  }

  @Test
  void timeValues_ignoreTimeZonesAndZeroSeconds() {
    assertThat(WhoScorer.comparable("2012-05-22T07:44:00Z")).isEqualTo("2012-05-22T07:44");
    assertThat(WhoScorer.comparable("2012-05-22T07:44+02:00")).isEqualTo("2012-05-22T07:44");
    assertThat(WhoScorer.comparable("2012-05-22T00:00")).isEqualTo("2012-05-22T00:00");
    assertThat(WhoScorer.comparable("2012-05-22")).isEqualTo("2012-05-22");
    assertThat(WhoScorer.comparable("2012-05-22T07:44:30")).isEqualTo("2012-05-22T07:44:30");
  }

  @Test
  void timeValues_countAGoldTimeNoPredictionCoversAsMissed() {
    List<GoldTime> times = List.of(new GoldTime("18 jours", "DURATION", "P18D", false, false));

    ArticleScore score = score(gold(times), timed());

    assertThat(score.tally().timeValueAccuracy()).isZero();
    assertThat(score.misses()).extracting(Miss::toString).containsExactly("missed time: \"18 jours\" P18D");
  }

  // ---- publication date

  @Test
  void published_isRightWhenTheArticleHasTheGoldDate() {
    GoldArticle gold = new GoldArticle("1", LocalDate.of(2012, 5, 22), List.of(), List.of(), List.of());

    assertThat(WhoScorer.score(gold, article(LocalDate.of(2012, 5, 22))).tally().publishedRight()).isEqualTo(1);
    ArticleScore undated = WhoScorer.score(gold, article(null));
    assertThat(undated.tally().published()).isEqualTo(1);
    assertThat(undated.tally().publishedRight()).isZero();
    assertThat(undated.misses()).extracting(Miss::toString).containsExactly("published: gold 2012-05-22, predicted null");
  }

  @Test
  void scores_addUpOverArticles() {
    GoldEntity town = entity("Lille", EntityType.LOCATION, List.of(), List.of());
    ArticleScore one = score(gold(town), predicted(predicted("Lille", EntityType.LOCATION, List.of())));
    ArticleScore none = score(gold(town), predicted());

    WhoScores scores = WhoScores.of(List.of(one, none));

    assertThat(scores.total().entityRecall()).isEqualTo(0.5);
    assertThat(scores.figures()).first().isEqualTo("entity recall 0.500 (1/2)");
  }

  // ---- building gold and predictions

  private static GoldEntity entity(String name, EntityType type, List<String> aliases, List<String> roles) {
    return new GoldEntity(name, type, EnumSet.of(type), aliases, roles, false);
  }

  private static GoldArticle gold(GoldEntity... entities) {
    return new GoldArticle("1", null, Arrays.asList(entities), List.of(), List.of());
  }

  private static GoldArticle gold(List<GoldEntity> entities, List<GoldQuote> quotes) {
    return new GoldArticle("1", null, entities, quotes, List.of());
  }

  private static GoldArticle gold(List<GoldTime> times) {
    return new GoldArticle("1", null, List.of(), List.of(), times);
  }

  private static Entity predicted(String name, EntityType type, List<String> roles, String... otherMentions) {
    List<Mention> mentions = new java.util.ArrayList<>(List.of(new Mention(0, name.length(), name)));
    for (String other : otherMentions) {
      mentions.add(new Mention(0, other.length(), other));
    }
    return new Entity("e", name, type, roles, mentions);
  }

  private static Quote quote(String text, @Nullable String speaker) {
    return new Quote(text, 0, text.length(), true, null, speaker == null ? null : new Speaker(speaker, null));
  }

  private static Quote placed(String text, String words, @Nullable Speaker speaker) {
    int start = text.indexOf(words);
    return new Quote(words, start, start + words.length(), true, null, speaker);
  }

  private static TimeMention time(String text, String value) {
    return new TimeMention(text, 0, text.length(), TimeType.DATE, value);
  }

  private static AnalyzedArticle article(@Nullable LocalDate published) {
    return AnalyzedArticle.of(new Article("1", "test:1", null, null, "Titre", published, "fr", "Corps.", Map.of()));
  }

  private static AnalyzedArticle predicted(Entity... entities) {
    return article(null).withEntities(Arrays.asList(entities));
  }

  private static AnalyzedArticle predicted(List<Entity> entities, Quote... quotes) {
    return article(null).withEntities(entities).withQuotes(Arrays.asList(quotes));
  }

  private static AnalyzedArticle timed(TimeMention... times) {
    return article(null).withTimes(Arrays.asList(times));
  }

  private static ArticleScore score(GoldArticle gold, AnalyzedArticle predicted) {
    return WhoScorer.score(gold, predicted);
  }
}
