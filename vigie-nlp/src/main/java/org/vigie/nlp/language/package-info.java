/**
 * Language identification with lingua. Lingua types stay inside this package; the rest of Vigie sees ISO 639-1
 * codes.
 */
@NullMarked
package org.vigie.nlp.language;

import org.jspecify.annotations.NullMarked;
