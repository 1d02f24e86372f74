/**
 * Named mentions, corrected, grouped into entities: one {@link org.vigie.model.Entity} per referent within an
 * article, with the roles the article gives each person. {@link org.vigie.nlp.entities.EntityGrouper} is the
 * annotator; the corrections, the role finder and the title-only references are its package-private steps.
 */
@NullMarked
package org.vigie.nlp.entities;

import org.jspecify.annotations.NullMarked;
