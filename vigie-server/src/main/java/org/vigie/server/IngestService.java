package org.vigie.server;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.vigie.ingest.IngestResult;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.ContentHash;
import org.vigie.model.Duplicate;
import org.vigie.model.Excerpt;
import org.vigie.model.ItemError;
import org.vigie.nlp.Pipeline;
import org.vigie.store.PutResult;
import org.vigie.store.Store;
import org.vigie.store.StoreException;
import org.vigie.store.StoryQuery;

/**
 * Analyses what an ingest read, assigns each article to a story and stores it. Articles already in the store are
 * reported as duplicates without being analysed again, so re-ingesting the same files is a cheap no-op; an article
 * sent under the id of a stored one with other content is a conflict, and the stored one is kept.
 *
 * <p>Ingests run side by side: each analyses its articles on its own, with no lock held, so an article whose
 * analysis takes long (the longest body ingest lets through) delays only its own ingest. Assigning to stories and
 * storing, which are quick, happen one chunk at a time across ingests; reads of the store go on meanwhile.
 */
public final class IngestService {
  /** Articles analysed together between two progress reports. */
  private static final int CHUNK_PER_THREAD = 2;

  /** Told after each chunk how many of the batch's articles are done. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void update(int done, int total);
  }

  private final Store store;
  private final Supplier<Pipeline> pipeline;
  private final StoryAssigner stories;
  private final int threads;

  /**
   * @param pipeline gives the process's one pipeline, asked for only when there is something to analyse
   * @param threads  analysis threads
   */
  public IngestService(Store store, Supplier<Pipeline> pipeline, StoryAssigner stories, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.store = Objects.requireNonNull(store, "store");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.stories = Objects.requireNonNull(stories, "stories");
    this.threads = threads;
  }

  public IngestReport ingest(IngestResult read) {
    return ingest(read, Progress.NONE);
  }

  public IngestReport ingest(IngestResult read, Progress progress) {
    List<Duplicate> duplicates = new ArrayList<>(read.duplicates());
    List<ItemError> conflicts = new ArrayList<>();
    List<ItemError> errors = new ArrayList<>(read.errors());
    List<Article> fresh = new ArrayList<>();
    for (Article article : read.articles()) {
      switch (known(article)) {
        case NEW -> fresh.add(article);
        case SAME -> duplicates.add(new Duplicate(article.source(), article.id()));
        case OTHER -> conflicts.add(conflict(article));
      }
    }
    List<String> added = new ArrayList<>();
    Set<String> touched = new LinkedHashSet<>();
    int total = fresh.size();
    progress.update(0, total);
    int chunk = Math.max(1, threads * CHUNK_PER_THREAD);
    for (int from = 0; from < total; from += chunk) {
      List<Article> part = fresh.subList(from, Math.min(total, from + chunk));
      List<AnalyzedArticle> analysed = pipeline.get().analyzeAll(part, threads); // no lock: the long part
      synchronized (this) {
        for (AnalyzedArticle article : analysed) {
          try {
            String story = stories.assign(article);
            if (store.put(article, story) == PutResult.NEW) {
              added.add(article.id());
              touched.add(story);
            } else if (known(article.article()) == Known.SAME) {
              duplicates.add(new Duplicate(article.source(), article.id()));
            } else {
              conflicts.add(conflict(article.article())); // stored meanwhile by another ingest, other content
            }
          } catch (StoreException | IllegalArgumentException e) {
            errors.add(new ItemError(article.source(), "cannot store article " + Excerpt.of(article.id()) + ": "
                + e.getMessage()));
          }
        }
      }
      progress.update(Math.min(total, from + chunk), total);
    }
    synchronized (this) {
      for (String story : touched) {
        stories.record(story).ifPresent(store::putStory);
      }
    }
    return new IngestReport(added, duplicates, conflicts, errors, read.skipped());
  }

  private enum Known { NEW, SAME, OTHER }

  /** Whether the store holds no article of this id, this very article, or another one under its id. */
  private Known known(Article article) {
    return store.contentHash(article.id())
        .map(stored -> stored.equals(ContentHash.of(article.title(), article.body())) ? Known.SAME : Known.OTHER)
        .orElse(Known.NEW);
  }

  private static ItemError conflict(Article article) {
    return new ItemError(article.source(), "article '" + Excerpt.of(article.id()) + "' is already stored with"
        + " other content; it is kept, and this one refused: send it under a new id");
  }

  /**
   * Rebuilds the search index, then writes every story and its dossier again and deletes stored stories the
   * clusterer no longer has (after a change of the clustering); returns the number of stories.
   */
  public synchronized int reindex() {
    store.reindex();
    Set<String> current = new LinkedHashSet<>();
    for (var record : stories.records()) {
      store.putStory(record);
      current.add(record.id());
    }
    for (var stored : store.stories(StoryQuery.all().withLimit(Integer.MAX_VALUE))) {
      if (!current.contains(stored.id())) {
        store.deleteStory(stored.id());
      }
    }
    return current.size();
  }
}
