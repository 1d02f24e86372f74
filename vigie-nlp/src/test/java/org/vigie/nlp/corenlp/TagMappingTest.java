package org.vigie.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.model.EntityType;

class TagMappingTest {

  @ParameterizedTest
  @CsvSource({
      "PERSON, PERSON", "PER, PERSON", "I-PER, PERSON", "B-PER, PERSON",
      "LOCATION, LOCATION", "LOC, LOCATION", "I-LOC, LOCATION",
      "ORGANIZATION, ORGANIZATION", "ORG, ORGANIZATION", "I-ORG, ORGANIZATION",
      "MISC, MISC", "I-MISC, MISC", "DATE, MISC", "NATIONALITY, MISC"})
  void entityType_mapsCoreNlpTags(String tag, EntityType expected) {
    assertThat(TagMapping.entityType(tag)).contains(expected);
  }

  @Test
  void entityType_givesNothingOutsideEntities() {
    assertThat(TagMapping.entityType("O")).isEmpty();
    assertThat(TagMapping.entityType("")).isEmpty();
    assertThat(TagMapping.entityType(null)).isEmpty();
  }

  @Test
  void beginsMention_onlyForBeginTags() {
    assertThat(TagMapping.beginsMention("B-PER")).isTrue();
    assertThat(TagMapping.beginsMention("I-PER")).isFalse();
    assertThat(TagMapping.beginsMention("PERSON")).isFalse();
    assertThat(TagMapping.beginsMention(null)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "NNP|Rubio|PROPN", "NNS|talks|NOUN", "VBD|said|VERB", "VBZ|is|AUX", "VBZ|'s|AUX", "MD|would|AUX",
      "RB|n't|PART", "RB|quickly|ADV", "IN|of|ADP", "IN|that|SCONJ", "DT|the|DET", "PRP|he|PRON", "CC|and|CCONJ",
      "CD|12|NUM", "TO|to|PART", "POS|'s|PART", ".|.|PUNCT", "-LRB-|(|PUNCT", "``|``|PUNCT", "HYPH|-|PUNCT",
      "$|$|SYM", "JJ|nuclear|ADJ", "UH|oh|INTJ", "FW|etc|X", "NOT_A_TAG|x|X"})
  void universalPos_mapsPennTags(String tag, String word, String expected) {
    assertThat(TagMapping.universalPos(tag, word)).isEqualTo(expected);
  }
}
