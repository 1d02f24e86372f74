package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An input whose content was already read in the same batch; it is reported and not analysed again. */
public record Duplicate(String source, @JsonProperty("duplicate_of") String duplicateOf) {}
