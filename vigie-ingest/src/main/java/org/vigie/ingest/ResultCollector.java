package org.vigie.ingest;

import java.util.ArrayList;
import java.util.List;
import org.vigie.model.Article;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;

/**
 * Gathers a streamed read into one {@link IngestResult}, for reads small enough to hold; also what an application
 * gathers of a read besides its own outcomes.
 */
public final class ResultCollector implements ReadSink {
  private final List<Article> articles = new ArrayList<>();
  private final List<Duplicate> duplicates = new ArrayList<>();
  private final List<ItemError> errors = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void duplicate(Duplicate duplicate) {
    duplicates.add(duplicate);
  }

  @Override
  public void error(ItemError error) {
    errors.add(error);
  }

  @Override
  public void skipped(Skipped file) {
    skipped.add(file);
  }

  public IngestResult result() {
    return new IngestResult(articles, duplicates, errors, skipped);
  }
}
