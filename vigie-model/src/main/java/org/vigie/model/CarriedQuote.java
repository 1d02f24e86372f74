package org.vigie.model;

import java.util.List;

/**
 * One quote as several outlets print it, trimmed or punctuated differently.
 *
 * @param text     the longest form seen
 * @param carriers every article that prints it
 */
public record CarriedQuote(String text, List<QuoteCarrier> carriers) {
  public CarriedQuote {
    carriers = List.copyOf(carriers);
  }
}
