package org.vigie.nlp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.Layer;

/**
 * Annotators in an order checked when the pipeline is built: each one's requirements must be produced by an
 * earlier one. Thread-safe; build it once per process.
 */
public final class Pipeline {
  private final List<Annotator> annotators;

  public Pipeline(List<Annotator> annotators) {
    this.annotators = List.copyOf(annotators);
    Set<Layer> available = EnumSet.of(Layer.TEXT);
    for (Annotator annotator : this.annotators) {
      EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(annotator.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "annotator '" + annotator.name() + "' requires " + missing + ", which no earlier annotator produces");
      }
      available.addAll(annotator.produces());
    }
  }

  public List<Annotator> annotators() {
    return annotators;
  }

  /**
   * Runs every annotator on one article. An annotator that throws leaves an error on the document, and the
   * annotators that needed its layers are skipped with an error of their own; the article is never lost.
   */
  public AnalyzedArticle analyze(Article article) {
    AnalyzedArticle document = AnalyzedArticle.of(article);
    for (Annotator annotator : annotators) {
      Set<Layer> missing = EnumSet.noneOf(Layer.class);
      for (Layer layer : annotator.requires()) {
        if (!document.has(layer)) {
          missing.add(layer);
        }
      }
      if (!missing.isEmpty()) {
        continue; // an earlier failure or skip already explains why
      }
      try {
        document = annotator.annotate(document);
      } catch (UnsupportedLanguageException e) {
        document = document.withError(e.getMessage());
      } catch (RuntimeException e) {
        document = document.withError(annotator.name() + " failed: " + describe(e));
      }
    }
    return document;
  }

  /** Analyses articles on {@code threads} threads; the results keep the input order whatever the thread count. */
  public List<AnalyzedArticle> analyzeAll(List<Article> articles, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (threads == 1 || articles.size() < 2) {
      return articles.stream().map(this::analyze).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().daemon().name("vigie-nlp-", 0).factory());
    try {
      List<Future<AnalyzedArticle>> futures = new ArrayList<>();
      for (Article article : articles) {
        futures.add(pool.submit(() -> analyze(article)));
      }
      List<AnalyzedArticle> results = new ArrayList<>(futures.size());
      for (Future<AnalyzedArticle> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } catch (ExecutionException e) {
      // analyze() catches annotator failures, so only an Error (out of memory...) gets here
      throw new IllegalStateException("analysis failed: " + describe(e.getCause()), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
