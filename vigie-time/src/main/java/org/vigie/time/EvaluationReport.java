package org.vigie.time;

import java.util.List;
import java.util.stream.Collectors;

/** Pooled scores over a set of TimeML documents, and every disagreement with the gold standard. */
public record EvaluationReport(Scores scores, List<EvaluationError> errors) {

  public EvaluationReport {
    errors = List.copyOf(errors);
  }

  public String summary() {
    return scores.summary();
  }

  /** One line per error, grouped by kind. */
  public String errorListing() {
    return errors.stream()
        .sorted((a, b) -> a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.document().compareTo(b.document()))
        .map(EvaluationError::describe)
        .collect(Collectors.joining("\n"));
  }

  @Override
  public String toString() {
    return summary();
  }
}
