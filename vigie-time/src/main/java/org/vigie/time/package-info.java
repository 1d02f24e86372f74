/**
 * Finds temporal expressions in French and English news and normalises them to TIMEX3 values, resolved against the
 * publication date (the document creation time, DCT), and measures that tagger on TimeML corpora.
 *
 * <p>The entry points are {@link org.vigie.time.TimeTagger} and {@link org.vigie.time.TimeMlEvaluation}; the rules,
 * lexicons and resolution logic behind them are package-private.
 */
@NullMarked
package org.vigie.time;

import org.jspecify.annotations.NullMarked;
