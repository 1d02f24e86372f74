package org.vigie.nlp.quotes;

import org.jspecify.annotations.Nullable;

/** A quote found in the text, before speakers are turned into the model's records. */
record Found(int start, int end, boolean direct, @Nullable String cue, @Nullable Who who) {
  Found withWho(@Nullable Who speaker) {
    return new Found(start, end, direct, cue, speaker);
  }
}
