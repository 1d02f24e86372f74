package org.vigie.nlp.eval;

/**
 * A temporal expression of the gold with its TIMEX3 value.
 *
 * @param optional a reader might fairly leave it out (an age, "la 84e minute")
 * @param dateline the dateline itself, scored through the publication date
 */
public record GoldTime(String text, String type, String value, boolean optional, boolean dateline) {}
