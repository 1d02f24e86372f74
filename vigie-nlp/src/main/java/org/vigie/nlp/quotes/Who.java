package org.vigie.nlp.quotes;

import org.jspecify.annotations.Nullable;

/**
 * A speaker found in the text.
 *
 * @param entityId the speaker's entity, or null for a noun phrase that names no entity yet ("le gouvernement
 *                 iranien") and for a pronoun nobody could be found for
 * @param start    where the text names the speaker (the pronoun's place for a resolved pronoun)
 * @param title    true for a noun phrase headed by a title ("le ministre iranien des Affaires étrangères"), which
 *                 names a person the discourse may identify later
 */
record Who(String name, @Nullable String entityId, int start, int end, boolean title) {
  boolean isPhrase() {
    return entityId == null;
  }
}
