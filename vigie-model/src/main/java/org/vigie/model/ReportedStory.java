package org.vigie.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A story as {@code vigie analyze} reports it: its id, title and article ids, with its dossier. */
@JsonPropertyOrder({"id", "title", "articles", "dossier"})
public record ReportedStory(String id, String title, List<String> articles, Dossier dossier) {
  public ReportedStory {
    articles = List.copyOf(articles);
  }
}
