/**
 * Tokens, sentences and named-entity mentions from Stanford CoreNLP. CoreNLP types stay inside this package:
 * {@link org.vigie.nlp.corenlp.CoreNlpTagger} hands back Vigie records whose offsets index the article text.
 */
@NullMarked
package org.vigie.nlp.corenlp;

import org.jspecify.annotations.NullMarked;
