/**
 * Immutable records that flow through Vigie: an {@link org.vigie.model.Article} read by ingest, the
 * {@link org.vigie.model.AnalyzedArticle} that the NLP pipeline builds layer by layer, and the
 * {@link org.vigie.model.AnalysisReport} printed by {@code vigie analyze}.
 *
 * <p>Every span is a pair of character offsets into {@link org.vigie.model.AnalyzedArticle#text()}.
 */
@NullMarked
package org.vigie.model;

import org.jspecify.annotations.NullMarked;
