/**
 * Scoring of who / said what / when against hand-annotated gold, as {@code fr-wikinews/GUIDELINES.md} defines it:
 * {@link org.vigie.nlp.eval.GoldReader} reads the gold files, {@link org.vigie.nlp.eval.WhoScorer} compares one
 * analysed article with its gold, {@link org.vigie.nlp.eval.WhoScores} adds articles up into the figures, and
 * {@link org.vigie.nlp.eval.GoldHalf} splits a corpus into the half one may read and the half one only scores.
 */
@NullMarked
package org.vigie.nlp.eval;

import org.jspecify.annotations.NullMarked;
