/** Scores for comparing a clustering with gold labels, and the deterministic dev/test halves Vigie tunes on. */
@NullMarked
package org.vigie.stories.eval;

import org.jspecify.annotations.NullMarked;
