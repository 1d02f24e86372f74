package org.vigie.nlp.entities;

/** A role phrase found beside a person's name, and where it is. */
record Role(int start, int end, String text) {}
