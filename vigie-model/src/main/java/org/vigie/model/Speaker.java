package org.vigie.model;

import org.jspecify.annotations.Nullable;

/**
 * Who a quote is attributed to.
 *
 * @param entity the id of the speaker's {@link Entity} in the same article, when it is one
 */
public record Speaker(String name, @Nullable String entity) {}
