package org.vigie.model;

import java.util.List;

/** Articles about the same event, across outlets and languages. */
public record Story(String id, String title, List<String> articles) {
  public Story {
    articles = List.copyOf(articles);
  }
}
