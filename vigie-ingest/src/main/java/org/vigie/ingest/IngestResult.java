package org.vigie.ingest;

import java.util.List;
import org.vigie.model.Article;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;

/**
 * What one {@link Ingestor} read produced. Every input yields at least one entry in one of the three lists.
 *
 * @param articles   the articles, in input order, each exactly once
 * @param duplicates inputs whose id or content an earlier article of the same read already had
 * @param errors     inputs, or items inside them, that could not be read, with the reason
 * @param skipped    files found in directories that hold no article format (README.md, images)
 */
public record IngestResult(
    List<Article> articles, List<Duplicate> duplicates, List<ItemError> errors, List<Skipped> skipped) {
  public IngestResult {
    articles = List.copyOf(articles);
    duplicates = List.copyOf(duplicates);
    errors = List.copyOf(errors);
    skipped = List.copyOf(skipped);
  }
}
