/**
 * Small word lists the entity and quote annotators share (titles, speech verbs, demonyms, capitals, aliases), read
 * once from resource files beside this package, and the text helpers that compare words without case or accents.
 */
@NullMarked
package org.vigie.nlp.lexicon;

import org.jspecify.annotations.NullMarked;
