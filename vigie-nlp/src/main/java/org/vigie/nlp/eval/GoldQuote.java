package org.vigie.nlp.eval;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quote of the gold.
 *
 * @param speaker   the speaker entity's name, or a short description, or null when the text names no speaker
 * @param speakerOk other answers a careful reader would accept
 */
public record GoldQuote(String text, @Nullable String speaker, List<String> speakerOk, boolean direct) {
  public GoldQuote {
    speakerOk = List.copyOf(speakerOk);
  }
}
