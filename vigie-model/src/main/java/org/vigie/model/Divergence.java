package org.vigie.model;

import java.util.List;

/**
 * Outlets (or one outlet and its own dateline) that disagree on a fact of a story.
 *
 * @param subject what the claims are about: the quote, the counted noun, the event
 * @param claims  at least two claims with different values, or one for {@link DivergenceKind#DATELINE}
 */
public record Divergence(DivergenceKind kind, String subject, String description, List<DivergenceClaim> claims) {
  public Divergence {
    claims = List.copyOf(claims);
  }
}
