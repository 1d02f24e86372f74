package org.vigie.model;

/** The coarse entity classes of the analyze contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
