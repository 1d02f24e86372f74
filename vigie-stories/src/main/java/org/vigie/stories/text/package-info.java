/** Light, language-aware text normalisation shared by clustering and dossiers: folding, words, stopwords, stems. */
@NullMarked
package org.vigie.stories.text;

import org.jspecify.annotations.NullMarked;
