/** Temporal expressions (through vigie-time's tagger) and the check of the dateline against them. */
@NullMarked
package org.vigie.nlp.times;

import org.jspecify.annotations.NullMarked;
