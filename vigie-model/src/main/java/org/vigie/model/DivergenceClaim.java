package org.vigie.model;

import org.jspecify.annotations.Nullable;

/**
 * One side of a {@link Divergence}: what one article says.
 *
 * @param article  the article id
 * @param outlet   the article's outlet, when known
 * @param value    the disputed value as normalised for comparison ("1200", "Maëlle Kerbrat", "2026-03-04")
 * @param evidence the words of the article that carry it
 */
public record DivergenceClaim(String article, @Nullable String outlet, String value, String evidence) {}
