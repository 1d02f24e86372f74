/** Scores for comparing a clustering with gold labels, and deterministic folds by topic for cross-validation. */
@NullMarked
package org.vigie.stories.eval;

import org.jspecify.annotations.NullMarked;
