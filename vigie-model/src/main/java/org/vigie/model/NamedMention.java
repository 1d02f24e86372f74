package org.vigie.model;

/** A named-entity mention as the tagger found it, before mentions are grouped into entities. */
public record NamedMention(Mention mention, EntityType type) {}
