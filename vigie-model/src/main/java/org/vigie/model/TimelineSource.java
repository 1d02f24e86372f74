package org.vigie.model;

import org.jspecify.annotations.Nullable;

/**
 * Where a timeline date comes from.
 *
 * @param expression the temporal expression as written ("hier, mardi 3 mars")
 * @param value      its TIMEX3 value ("2026-03-03", "2026-03-05T14:30")
 * @param sentence   the sentence that holds it
 */
public record TimelineSource(
    String article, @Nullable String outlet, String expression, String value, String sentence) {}
