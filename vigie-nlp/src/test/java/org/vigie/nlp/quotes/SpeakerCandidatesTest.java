package org.vigie.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerCandidatesTest {
  private static final Who NAMED = new Who("Léa Marchal", "e1", 0, 11, false);
  private static final Who PHRASE = new Who("le maire", null, 0, 8, true);

  private static SpeakerCandidates.Candidate candidate(Who who, String... features) {
    double[] x = new double[SpeakerCandidates.FEATURES.size()];
    for (String feature : features) {
      x[SpeakerRanker.featureIndex(feature)] = 1;
    }
    return new SpeakerCandidates.Candidate(who, x);
  }

  @Test
  void saidBySubject_onlyTheRulesEntityThatSubjectsASpeechVerbInTheQuotesSentence() {
    assertThat(SpeakerCandidates.saidBySubject(candidate(NAMED, "rule", "speech_subject", "same_sentence")))
        .isTrue();
    assertThat(SpeakerCandidates.saidBySubject(candidate(NAMED, "rule", "speech_subject", "earlier_sentence")))
        .as("a subject of an earlier sentence").isFalse();
    assertThat(SpeakerCandidates.saidBySubject(candidate(NAMED, "rule", "subject", "same_sentence")))
        .as("the subject of a verb that is not one of saying").isFalse();
    assertThat(SpeakerCandidates.saidBySubject(candidate(NAMED, "speech_subject", "same_sentence")))
        .as("not the rules' answer").isFalse();
    assertThat(SpeakerCandidates.saidBySubject(candidate(PHRASE, "rule", "phrase", "speech_subject",
        "same_sentence"))).as("a description").isFalse();
  }
}
