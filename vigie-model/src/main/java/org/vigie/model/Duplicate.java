package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An input whose content was already read; it is reported and not analysed again.
 *
 * @param id          the duplicate's own id: its input id, or its content hash
 * @param duplicateOf the id of the article it repeats
 */
@JsonPropertyOrder({"source", "id", "duplicate_of"})
public record Duplicate(String source, String id, @JsonProperty("duplicate_of") String duplicateOf) {

  /** A duplicate that carries the same id as the article it repeats. */
  public Duplicate(String source, String duplicateOf) {
    this(source, duplicateOf, duplicateOf);
  }
}
