package org.vigie.model;

import java.util.List;

/** The quotes of a story credited to one speaker ("" when no article names one). */
public record SpeakerQuotes(String speaker, List<CarriedQuote> quotes) {
  public SpeakerQuotes {
    quotes = List.copyOf(quotes);
  }
}
