package org.vigie.nlp.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.DatelineCheck;
import org.vigie.model.Layer;
import org.vigie.time.TimeTagger;

/** The dateline check inside {@link TimeAnnotator}, on invented sentences. */
class DatelineCheckerTest {
  private static final TimeTagger TAGGER = new TimeTagger();

  @Test
  void deicticBesideAFullDateImpliesThePublicationDate() {
    DatelineCheck check = check(LocalDate.of(2026, 3, 2), "fr",
        "Le congrès des maires s'est ouvert hier, mardi 3 mars, au palais des sports de Brest.");

    assertThat(check.consistent()).isFalse();
    assertThat(check.implied()).isEqualTo("2026-03-04");
    assertThat(check.evidence()).containsExactly("hier, mardi 3 mars");
  }

  @Test
  void staleWeekdaysImplyTheDayThatMakesThemRecent() {
    DatelineCheck check = check(LocalDate.of(2026, 2, 4), "fr", """
        Les deux délégations ont entamé vendredi leurs discussions à Tunis. Le ministre s'est réjoui jeudi \
        de ce calendrier. Sa porte-parole a rappelé jeudi soir les conditions posées par le gouvernement.""");

    assertThat(check.consistent()).isFalse();
    assertThat(check.published()).isEqualTo("2026-02-04");
    assertThat(check.implied()).isEqualTo("2026-02-06");
    assertThat(check.evidence()).hasSizeGreaterThanOrEqualTo(2).first().asString().startsWith("vendredi: 2026-01-30");
  }

  @Test
  void timesAreResolvedAgainstTheImpliedDate() {
    AnalyzedArticle document = annotate(LocalDate.of(2026, 2, 4), "fr", """
        Les deux délégations ont entamé vendredi leurs discussions à Tunis. Le ministre s'est réjoui jeudi \
        de ce calendrier. Sa porte-parole a rappelé jeudi soir les conditions posées par le gouvernement.""");

    assertThat(document.times()).extracting(t -> t.text() + "=" + t.value())
        .contains("vendredi=2026-02-06", "jeudi soir=2026-02-05TEV");
  }

  @Test
  void recentWeekdaysAreConsistent() {
    DatelineCheck check = check(LocalDate.of(2026, 2, 6), "fr", """
        La ministre a déclaré mercredi que le texte serait voté. Elle est arrivée jeudi soir à Lyon \
        et rencontrera lundi les syndicats.""");

    assertThat(check.consistent()).isTrue();
    assertThat(check.implied()).isEqualTo("2026-02-06");
    assertThat(check.evidence()).isEmpty();
  }

  @Test
  void oneStaleWeekdayIsNotEnoughToDoubtTheDateline() {
    DatelineCheck check = check(LocalDate.of(2026, 2, 4), "fr",
        "Le maire avait annoncé vendredi la fermeture du pont pour travaux.");

    assertThat(check.consistent()).isTrue();
  }

  @Test
  void englishWeekdaysCountToo() {
    DatelineCheck check = check(LocalDate.of(2026, 2, 4), "en", """
        Negotiators opened talks on Friday in Muscat. The minister welcomed the schedule on Thursday, \
        and his spokeswoman restated the conditions on Thursday evening.""");

    assertThat(check.implied()).isEqualTo("2026-02-06");
  }

  @Test
  void noPublicationDateMeansNoCheck() {
    AnalyzedArticle checked = annotate(null, "fr", "Les discussions ont commencé vendredi à Tunis.");

    assertThat(checked.has(Layer.DATELINE)).isTrue();
    assertThat(checked.dateline()).isNull();
  }

  private static DatelineCheck check(LocalDate published, String language, String body) {
    DatelineCheck check = annotate(published, language, body).dateline();
    assertThat(check).isNotNull();
    return check;
  }

  private static AnalyzedArticle annotate(@Nullable LocalDate published, String language, String body) {
    Article article = new Article("a", "test", null, null, "Titre", published, null, body, Map.of());
    AnalyzedArticle document = new TimeAnnotator(TAGGER).annotate(AnalyzedArticle.of(article).withLanguage(language));
    assertThat(document.times()).isNotEmpty();
    return document;
  }
}
