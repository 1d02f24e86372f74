/**
 * Quotes and their speakers: direct quotes between quotation marks, reported speech ("X a affirmé que ..."), and
 * who said them, resolved to the article's entities.
 */
@NullMarked
package org.vigie.nlp.quotes;

import org.jspecify.annotations.NullMarked;
