package org.vigie.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechSentencesTest {

  @Test
  void verbOfSayingOutsideQuotes_isParsed() {
    Text text = new Text().sentence("Le/DET maire/NOUN a/AUX déclaré/VERB que/SCONJ le/DET pont/NOUN ferme/VERB ./PUNCT");
    assertThat(chosen(text)).containsExactly(0);
  }

  @Test
  void quotationMarkAlone_isNotParsed() {
    Text text = new Text().sentence("Le/DET pont/NOUN est/AUX «/PUNCT fermé/ADJ »/PUNCT ./PUNCT");
    assertThat(chosen(text)).isEmpty();
  }

  @Test
  void verbOfSayingInsideQuote_evenAcrossSentences_isNotParsed() {
    Text text = new Text()
        .sentence("«/PUNCT Nous/PRON partons/VERB ./PUNCT")
        .sentence("Je/PRON dis/VERB non/ADV ./PUNCT")
        .sentence("»/PUNCT Il/PRON a/AUX ajouté/VERB que/SCONJ rien/PRON ne/ADV change/VERB ./PUNCT");
    assertThat(chosen(text)).containsExactly(2);
  }

  @Test
  void aQuoteLeftOpenEndsWithItsParagraph() {
    Text text = new Text()
        .sentence("«/PUNCT Nous/PRON partons/VERB ./PUNCT")
        .paragraph()
        .sentence("Le/DET maire/NOUN a/AUX déclaré/VERB qu'/SCONJ il/PRON part/VERB ./PUNCT");
    assertThat(chosen(text)).containsExactly(1);
  }

  @Test
  void sourcePreposition_isParsed_afterVerbsOfSaying() {
    Text text = new Text().sentence("Selon/ADP le/DET maire/NOUN ,/PUNCT le/DET pont/NOUN ferme/VERB ./PUNCT");
    assertThat(chosen(text)).containsExactly(0);
  }

  /** Indexes of the sentences chosen. */
  private static List<Integer> chosen(Text text) {
    List<CoreMap> chosen = SpeechSentences.choose(text.text.toString(), text.sentences, CoreNlpModel.FRENCH);
    return chosen.stream().map(text.sentences::indexOf).toList();
  }

  /** Sentences of "word/TAG" tokens, laid out in one text with their offsets. */
  private static final class Text {
    private final StringBuilder text = new StringBuilder();
    private final List<CoreMap> sentences = new ArrayList<>();

    Text sentence(String tagged) {
      List<CoreLabel> labels = new ArrayList<>();
      for (String token : tagged.split(" ")) {
        int slash = token.lastIndexOf('/');
        CoreLabel label = new CoreLabel();
        label.setWord(token.substring(0, slash));
        label.setTag(token.substring(slash + 1));
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
          text.append(' ');
        }
        label.setBeginPosition(text.length());
        text.append(label.word());
        label.setEndPosition(text.length());
        labels.add(label);
      }
      CoreMap sentence = new ArrayCoreMap();
      sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
      sentences.add(sentence);
      return this;
    }

    Text paragraph() {
      text.append('\n');
      return this;
    }
  }
}
