/**
 * Grouping named mentions into entities: one {@link org.vigie.model.Entity} per referent within an article.
 */
@NullMarked
package org.vigie.nlp.entities;

import org.jspecify.annotations.NullMarked;
