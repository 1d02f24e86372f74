/**
 * Stories and dossiers: online clustering of analysed articles into stories ({@link
 * org.vigie.stories.clustering}), evaluation scores ({@link org.vigie.stories.eval}) and the dossier builder with
 * divergence detection ({@link org.vigie.stories.dossier}).
 */
@NullMarked
package org.vigie.stories;

import org.jspecify.annotations.NullMarked;
