package org.vigie.nlp.eval;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One article's gold, as a {@code gold/ID.json} file of the guidelines gives it.
 *
 * @param published the publication date the article's times resolve against, when the gold gives one
 */
public record GoldArticle(
    String id, @Nullable LocalDate published, List<GoldEntity> entities, List<GoldQuote> quotes,
    List<GoldTime> times) {
  public GoldArticle {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
  }
}
