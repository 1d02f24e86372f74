package org.vigie.nlp.quotes;

import org.jspecify.annotations.Nullable;

/**
 * A speech verb phrase in the text ("a déclaré", "s'est-il félicité", "said").
 *
 * @param pronoun    the subject pronoun inverted into the phrase ("il" in "a-t-il ajouté"), folded, when there is one
 * @param participle true for a present participle ("soulignant"), whose subject is the main clause's
 */
record Cue(int start, int end, String text, @Nullable String pronoun, boolean participle) {}
