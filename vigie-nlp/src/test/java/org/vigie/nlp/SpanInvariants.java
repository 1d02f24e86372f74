package org.vigie.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.Mention;
import org.vigie.model.NamedMention;
import org.vigie.model.Quote;
import org.vigie.model.Sentence;
import org.vigie.model.TimeMention;
import org.vigie.model.Token;

/** Offset invariants every analysed article must satisfy, layer by layer. */
public final class SpanInvariants {
  private SpanInvariants() {}

  public static void assertValid(AnalyzedArticle document) {
    String text = document.text();
    SoftAssertions softly = new SoftAssertions();
    String where = " in article " + document.id();

    List<Token> tokens = document.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (inBounds(softly, text, token.start(), token.end(), "token " + i + where)) {
        softly.assertThat(token.text()).as("token %d text%s", i, where)
            .isEqualTo(text.substring(token.start(), token.end()));
      }
      softly.assertThat(token.word()).as("token %d word%s", i, where).isNotEmpty();
      softly.assertThat(token.ner()).as("token %d ner%s", i, where)
          .isIn("PERSON", "ORGANIZATION", "LOCATION", "MISC", Token.OUTSIDE);
      if (i > 0) {
        softly.assertThat(token.start()).as("token %d starts before token %d%s", i, i - 1, where)
            .isGreaterThanOrEqualTo(tokens.get(i - 1).start());
      }
    }

    List<Sentence> sentences = document.sentences();
    int nextToken = 0;
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      inBounds(softly, text, sentence.start(), sentence.end(), "sentence " + i + where);
      softly.assertThat(sentence.start()).as("sentence %d overlaps the previous one%s", i, where)
          .isGreaterThanOrEqualTo(previousEnd);
      softly.assertThat(sentence.firstToken()).as("sentence %d first token%s", i, where).isEqualTo(nextToken);
      softly.assertThat(sentence.endToken()).as("sentence %d end token%s", i, where)
          .isGreaterThan(sentence.firstToken()).isLessThanOrEqualTo(tokens.size());
      for (int t = sentence.firstToken(); t < Math.min(sentence.endToken(), tokens.size()); t++) {
        softly.assertThat(tokens.get(t).start()).as("token %d inside sentence %d%s", t, i, where)
            .isBetween(sentence.start(), sentence.end());
        softly.assertThat(tokens.get(t).end()).as("token %d inside sentence %d%s", t, i, where)
            .isBetween(sentence.start(), sentence.end());
      }
      nextToken = sentence.endToken();
      previousEnd = sentence.end();
    }
    softly.assertThat(nextToken).as("every token is in a sentence%s", where).isEqualTo(tokens.size());

    for (NamedMention named : document.namedMentions()) {
      checkMention(softly, text, named.mention(), "named mention" + where);
    }
    Set<String> ids = new HashSet<>();
    for (Entity entity : document.entities()) {
      softly.assertThat(ids.add(entity.id())).as("entity id %s is unique%s", entity.id(), where).isTrue();
      softly.assertThat(entity.mentions()).as("entity %s has mentions%s", entity.id(), where).isNotEmpty();
      for (Mention mention : entity.mentions()) {
        checkMention(softly, text, mention, "mention of " + entity.id() + where);
      }
    }
    for (int i = 0; i < document.quotes().size(); i++) {
      Quote quote = document.quotes().get(i);
      String what = "quote " + i + where;
      if (inBounds(softly, text, quote.start(), quote.end(), what)) {
        softly.assertThat(quote.text()).as("%s text", what).isEqualTo(text.substring(quote.start(), quote.end()));
        softly.assertThat(quote.text()).as("%s is not empty", what).isNotEmpty();
      }
      if (quote.speaker() != null && quote.speaker().entity() != null) {
        softly.assertThat(ids).as("%s speaker's entity exists", what).contains(quote.speaker().entity());
      }
    }
    int previousTimeEnd = 0;
    for (TimeMention time : document.times()) {
      String what = "time «" + time.text() + "»" + where;
      if (inBounds(softly, text, time.start(), time.end(), what)) {
        softly.assertThat(time.text()).as("%s text", what).isEqualTo(text.substring(time.start(), time.end()));
        softly.assertThat(time.start()).as("%s starts after the previous time", what).isGreaterThanOrEqualTo(previousTimeEnd);
      }
      previousTimeEnd = time.end();
    }
    softly.assertAll();
  }

  private static void checkMention(SoftAssertions softly, String text, Mention mention, String what) {
    if (inBounds(softly, text, mention.start(), mention.end(), what)) {
      softly.assertThat(mention.text()).as("%s text", what).isEqualTo(text.substring(mention.start(), mention.end()));
      softly.assertThat(mention.text()).as("%s is not empty", what).isNotEmpty();
    }
  }

  private static boolean inBounds(SoftAssertions softly, String text, int start, int end, String what) {
    boolean ok = 0 <= start && start <= end && end <= text.length();
    softly.assertThat(ok).as("%s span [%d, %d) within [0, %d]", what, start, end, text.length()).isTrue();
    return ok;
  }
}
