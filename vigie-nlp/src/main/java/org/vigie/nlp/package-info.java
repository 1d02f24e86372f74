/**
 * The analysis pipeline: {@link org.vigie.nlp.Annotator}s that each add layers to an
 * {@link org.vigie.model.AnalyzedArticle}, and the {@link org.vigie.nlp.Pipeline} that runs them in a checked order.
 * CoreNLP and lingua types never leave this module.
 */
@NullMarked
package org.vigie.nlp;

import org.jspecify.annotations.NullMarked;
