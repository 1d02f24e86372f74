package org.vigie.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.EntityType;
import org.vigie.model.NamedMention;
import org.vigie.model.Token;
import org.vigie.nlp.Articles;
import org.vigie.nlp.SpanInvariants;
import org.vigie.nlp.UnsupportedLanguageException;

/** CoreNLP's output mapped onto Vigie's records, on small texts written for one phenomenon each. */
class CoreNlpTaggerIT {
  private final CoreNlpTagger tagger = new CoreNlpTagger();

  private AnalyzedArticle tag(String language, String title, String body) {
    AnalyzedArticle result = tagger.annotate(AnalyzedArticle.of(Articles.article("t", title, body))
        .withLanguage(language));
    SpanInvariants.assertValid(result);
    return result;
  }

  @Test
  void french_multiWordTokens_shareTheSpanOfTheirContraction() {
    AnalyzedArticle result = tag("fr", "", "Il parle au président du Liban.");

    List<Token> du = result.tokens().stream().filter(token -> token.text().equals("du")).toList();
    assertThat(du).extracting(Token::word).containsExactly("de", "le");
    assertThat(du.get(0).start()).isEqualTo(du.get(1).start());
    assertThat(du.get(0).end()).isEqualTo(du.get(1).end());
    assertThat(result.tokens()).filteredOn(token -> token.text().equals("au")).extracting(Token::word)
        .containsExactly("à", "le");
  }

  @Test
  void french_offsetsIndexTheTextThroughAccentsQuotesAndSurrogatePairs() {
    String body = "L’émissaire 😀 a dit « non » à 𝒜lice ; “Steve Witkoff” est arrivé à Téhéran.";
    AnalyzedArticle result = tag("fr", "Titre accentué : été", body);

    assertThat(result.tokens()).extracting(Token::text)
        .contains("😀", "«", "»", "“", "”", "Téhéran", "accentué");
    assertThat(result.namedMentions()).extracting(named -> named.mention().text())
        .contains("Steve Witkoff", "Téhéran");
  }

  @Test
  void french_blankLineSeparatesTheTitleFromTheBody_andParagraphs() {
    AnalyzedArticle result = tag("fr", "Un titre sans point", "Premier paragraphe sans point\n\nSecond paragraphe.");

    assertThat(result.sentences()).hasSize(3);
    assertThat(result.cover(result.sentences().get(0).start(), result.sentences().get(0).end()))
        .isEqualTo("Un titre sans point");
  }

  @Test
  void french_tagsPersonsPlacesAndOrganisations() {
    AnalyzedArticle result = tag("fr", "",
        "Emmanuel Macron a reçu à Paris les dirigeants de l'Organisation des Nations unies.");

    assertThat(result.namedMentions()).extracting(NamedMention::type)
        .contains(EntityType.PERSON, EntityType.LOCATION);
    assertThat(result.namedMentions()).filteredOn(named -> named.type() == EntityType.PERSON)
        .extracting(named -> named.mention().text()).contains("Emmanuel Macron");
    assertThat(result.tokens()).extracting(Token::pos).contains("PROPN", "VERB", "ADP", "PUNCT");
  }

  @Test
  void english_wordsMayBeNormalised_butTextIsAlwaysTheCoveredText() {
    AnalyzedArticle result = tag("en", "", "Quennell (the minister) didn't say \"yes\" to Oslo.");

    Token bracket = result.tokens().stream().filter(token -> token.text().equals("(")).findFirst().orElseThrow();
    assertThat(bracket.pos()).isEqualTo("PUNCT");
    assertThat(result.tokens()).extracting(Token::text).contains("did", "n't", "\"");
    assertThat(result.tokens()).filteredOn(token -> token.text().equals("n't")).extracting(Token::pos)
        .containsExactly("PART");
  }

  @Test
  void otherLanguages_areRefused() {
    AnalyzedArticle german = AnalyzedArticle.of(Articles.article("t", "", "Guten Tag.")).withLanguage("de");

    assertThatThrownBy(() -> tagger.annotate(german))
        .isInstanceOf(UnsupportedLanguageException.class)
        .hasMessageContaining("'de'");
  }

  /** Regression: a lone surrogate (from a JSON "\ud800" escape) made the French lexer throw java.lang.Error. */
  @Test
  void loneSurrogate_isReadLikeAnyOtherCharacter() {
    AnalyzedArticle result = tag("fr", "", "Avant \uD800 après \uDC00 fin.");

    assertThat(result.tokens()).extracting(Token::text).contains("Avant", "après", "fin");
  }

  /** Regression: NER time grew faster than a token's length (7 s for 40,000 letters), so junk could stall a worker. */
  @Test
  void overLongWord_keepsItsTextAndWord() {
    String blob = "Q".repeat(40_000);
    AnalyzedArticle result = tag("en", "", "Data: " + blob + " end.");

    Token token = result.tokens().stream().filter(t -> t.text().length() > 1_000).findFirst().orElseThrow();
    assertThat(token.text()).isEqualTo(blob);
    assertThat(token.word()).isEqualTo(blob);
  }

  @Test
  void emptyText_givesNoTokens() {
    AnalyzedArticle result = tag("fr", "", "");

    assertThat(result.tokens()).isEmpty();
    assertThat(result.sentences()).isEmpty();
  }
}
