package org.vigie.model;

import java.util.List;

/**
 * Whether an article's own dates agree with its publication date.
 *
 * @param published  the publication date the article came with (ISO-8601)
 * @param implied    the publication date its content implies (ISO-8601); equal to {@code published} when consistent
 * @param consistent false when the content contradicts the publication date
 * @param evidence   the expressions that tell, as written in the text
 */
public record DatelineCheck(String published, String implied, boolean consistent, List<String> evidence) {
  public DatelineCheck {
    evidence = List.copyOf(evidence);
  }
}
