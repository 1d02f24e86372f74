package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The one JSON document {@code vigie analyze} prints. */
@JsonPropertyOrder({"articles", "stories", "duplicates", "errors"})
public record AnalysisReport(
    List<AnalyzedArticle> articles, List<ReportedStory> stories, List<Duplicate> duplicates, List<ItemError> errors) {
  public AnalysisReport {
    articles = List.copyOf(articles);
    stories = List.copyOf(stories);
    duplicates = List.copyOf(duplicates);
    errors = List.copyOf(errors);
  }
}
