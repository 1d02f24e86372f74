/**
 * Dossiers: {@link org.vigie.stories.dossier.DossierBuilder} turns a story and its analysed articles into a
 * {@link org.vigie.model.Dossier} — merged actors, quotes grouped by speaker across outlets, a day-by-day timeline
 * and the divergences between outlets.
 */
@NullMarked
package org.vigie.stories.dossier;

import org.jspecify.annotations.NullMarked;
