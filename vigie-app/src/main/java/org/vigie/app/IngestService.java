package org.vigie.app;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.vigie.ingest.IngestResult;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.ContentHash;
import org.vigie.model.Duplicate;
import org.vigie.model.Excerpt;
import org.vigie.model.ItemError;
import org.vigie.nlp.Pipeline;
import org.vigie.store.ArticlePut;
import org.vigie.store.PutOutcome;
import org.vigie.store.PutResult;
import org.vigie.store.Store;
import org.vigie.store.StoreException;

/**
 * Ingests a stream: reads an article, and every few articles analyses them, assigns each to a story and stores it;
 * the stories' dossiers follow within a second or so ({@link StoryDesk}). At most one chunk of articles is held at a
 * time, so an input of any size (a backfill of millions of JSON Lines) streams through in bounded memory, and what
 * is stored is searchable, with its story, while the rest is read.
 *
 * <p>Articles already in the store are reported as duplicates without being analysed again, so re-running an
 * interrupted ingest resumes it: what was stored is skipped, the rest is analysed. An article sent under the id of a
 * stored one with other content is a conflict, and the stored one is kept.
 *
 * <p>Ingests run side by side: each analyses its articles on its own, with no lock held, so an article whose
 * analysis takes long delays only its own ingest. Assigning to stories and storing, which are quick, happen one
 * chunk at a time across ingests; reads of the store go on meanwhile.
 */
public final class IngestService {
  /** Articles analysed together between two progress reports, per analysis thread, at first. */
  private static final int CHUNK_PER_THREAD = 2;
  /**
   * A chunk read, analysed and stored within this time makes the next one twice as large, up to {@value #MAX_CHUNK}
   * articles; one taking longer than {@value #SLOW_CHUNK_MS} ms halves it again. Articles analysed elsewhere or
   * from a fast reader are stored many in one transaction (one commit to disk), while an NLP chunk or a trickling
   * source keeps its articles waiting no longer than before.
   */
  private static final long QUICK_CHUNK_MS = 200;
  private static final long SLOW_CHUNK_MS = 1_000;
  private static final int MAX_CHUNK = 128;

  private final Store store;
  private final Supplier<Pipeline> pipeline;
  private final StoryDesk stories;
  private final int threads;
  private final @Nullable IngestLog log;
  private final Object assignLock = new Object();

  /**
   * @param pipeline gives the process's one pipeline, asked for only when there is something to analyse
   * @param threads  analysis threads
   */
  IngestService(Store store, Supplier<Pipeline> pipeline, StoryDesk stories, int threads, @Nullable IngestLog log) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.store = Objects.requireNonNull(store, "store");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.stories = Objects.requireNonNull(stories, "stories");
    this.threads = threads;
    this.log = log;
  }

  /** Whether an ingest appends to a log for distributed workers (its articles are then stored later, elsewhere). */
  public boolean distributed() {
    return log != null;
  }

  /** Ingests a read held whole, and reports it whole. */
  public IngestReport ingest(IngestResult read) {
    return ingest(read, new IngestListener() {});
  }

  /**
   * Ingests a read held whole, telling {@code progress} of the progress out of the number of articles to analyse,
   * known from the start; reports it whole.
   */
  public IngestReport ingest(IngestResult read, IngestListener progress) {
    IngestReport.Collector collector = new IngestReport.Collector(progress);
    IngestListener report = new LedgerListener(store, collector);
    read.errors().forEach(report::error);
    read.skipped().forEach(report::skipped);
    read.duplicates().forEach(report::duplicate);
    List<Article> fresh = new ArrayList<>();
    for (Article article : read.articles()) {
      switch (known(article)) {
        case NEW -> fresh.add(article);
        case SAME -> report.duplicate(new Duplicate(article.source(), article.id()));
        case OTHER -> report.conflict(conflict(article));
      }
    }
    Stream stream = new Stream(report, fresh.size());
    try {
      fresh.forEach(stream::fresh);
      stream.finish();
    } finally {
      stories.flushAll();
    }
    return collector.report();
  }

  /**
   * Ingests what {@code source} reads, as it reads it, telling {@code listener} of every outcome. When this returns,
   * every article is stored and every story it touched has its dossier written.
   */
  public void ingest(ArticleSource source, IngestListener listener) {
    Stream stream = new Stream(new LedgerListener(store, listener), 0);
    try {
      source.readInto(stream);
      stream.finish();
    } finally {
      stories.flushAll();
    }
  }

  /** One ingest in progress: the chunk being filled, and the counts. */
  private final class Stream extends ListenerSink {
    private final int firstChunk = Math.max(1, threads * CHUNK_PER_THREAD);
    private int chunkSize = firstChunk;
    private final List<Article> chunk = new ArrayList<>(firstChunk);
    /** When the chunk being filled got its first article. */
    private long chunkStart;
    /** Articles to analyse, as far as known: all of them for a read held whole, else those read so far. */
    private int total;
    private int read;
    private int done;

    Stream(IngestListener listener, int expected) {
      super(listener);
      this.total = expected;
      if (expected > 0) {
        listener.progress(0, expected);
      }
    }

    @Override
    public void article(Article article) {
      switch (known(article)) {
        case NEW -> fresh(article);
        case SAME -> listener.duplicate(new Duplicate(article.source(), article.id()));
        case OTHER -> listener.conflict(conflict(article));
      }
    }

    /** An article the store does not hold. */
    void fresh(Article article) {
      if (chunk.isEmpty()) {
        chunkStart = System.nanoTime();
      }
      chunk.add(article);
      read++;
      if (read > total) {
        total = read;
        if (read == 1) {
          listener.progress(0, total);
        }
      }
      if (chunk.size() == chunkSize) {
        process();
      }
    }

    void finish() {
      if (!chunk.isEmpty()) {
        process();
      }
      if (total == 0) {
        listener.progress(0, 0);
      }
    }

    private void process() {
      if (log != null) {
        appendTo(log);
        return;
      }
      List<AnalyzedArticle> analysed = pipeline.get().analyzeAll(List.copyOf(chunk), threads); // no lock: the long part
      chunk.clear();
      storeInOrder(analysed, listener);
      done += analysed.size();
      listener.progress(done, total);
      long took = (System.nanoTime() - chunkStart) / 1_000_000;
      if (took < QUICK_CHUNK_MS && analysed.size() == chunkSize) {
        chunkSize = Math.min(MAX_CHUNK, chunkSize * 2);
      } else if (took > SLOW_CHUNK_MS) {
        chunkSize = Math.max(firstChunk, chunkSize / 2);
      }
    }

    /** Distributed: the chunk goes to the log, for the workers; an article is "added" once the log has it. */
    private void appendTo(IngestLog to) {
      for (Article article : chunk) {
        try {
          to.append(article);
          listener.added(article.id());
        } catch (IllegalStateException e) {
          listener.error(new ItemError(article.source(), "cannot publish article " + Excerpt.of(article.id())
              + ": " + e.getMessage()));
        }
      }
      done += chunk.size();
      chunk.clear();
      listener.progress(done, total);
    }
  }

  /**
   * Stores articles analysed elsewhere (by the workers of a distributed deployment), in the order given: each is
   * assigned to a story and stored, and the stories' dossiers follow as in a local ingest. An article the store
   * holds already is not assigned again: it is reported as a duplicate and handed to the store again, which
   * completes what a crash may have left undone (its search document), so that a log delivering it twice stores it
   * once.
   */
  public void storeAnalysed(List<AnalyzedArticle> analysed, IngestListener listener) {
    storeInOrder(analysed, listener);
  }

  /** Writes every dossier that is behind: for a stream of analysed articles that pauses (nothing else flushes). */
  public void settle() {
    stories.flushAll();
  }

  private void storeInOrder(List<AnalyzedArticle> analysed, IngestListener listener) {
    synchronized (assignLock) {
      List<ArticlePut> batch = new ArrayList<>(analysed.size());
      for (AnalyzedArticle article : analysed) {
        ArticlePut put = assigned(article, listener);
        if (put != null) {
          batch.add(put);
        }
      }
      List<PutOutcome> outcomes = batch.isEmpty() ? List.of() : store.putAll(batch);
      for (int i = 0; i < outcomes.size(); i++) {
        stored(batch.get(i), outcomes.get(i), listener);
      }
      makeSearchable(analysed, listener); // before the dossiers: searchers need not wait for them
      if (stories.checkpointDue()) {
        stories.checkpoint();
      }
    }
  }

  /**
   * The article with its story, to be stored; or null when it is not to be stored: an article the store holds
   * (handed to it again, which completes what a crash may have left undone) or another one under a stored id.
   */
  private @Nullable ArticlePut assigned(AnalyzedArticle article, IngestListener listener) {
    try {
      switch (known(article.article())) {
        case SAME -> {
          store.put(article, null);
          listener.duplicate(new Duplicate(article.source(), article.id()));
          return null;
        }
        case OTHER -> {
          listener.conflict(conflict(article.article()));
          return null;
        }
        case NEW -> {
          return new ArticlePut(article, stories.assign(article));
        }
      }
    } catch (StoreException | IllegalArgumentException e) {
      listener.error(cannotStore(article, e));
    }
    return null;
  }

  private void stored(ArticlePut put, PutOutcome outcome, IngestListener listener) {
    AnalyzedArticle article = put.article();
    if (outcome.error() != null) {
      listener.error(cannotStore(article, outcome.error()));
    } else if (outcome.result() == PutResult.NEW) {
      listener.added(article.id());
      if (put.storyId() != null) {
        stories.stored(put.storyId(), article);
      }
    } else if (known(article.article()) == Known.SAME) {
      listener.duplicate(new Duplicate(article.source(), article.id()));
    } else {
      listener.conflict(conflict(article.article())); // stored meanwhile by another ingest, other content
    }
  }

  private static ItemError cannotStore(AnalyzedArticle article, RuntimeException e) {
    return new ItemError(article.source(), "cannot store article " + Excerpt.of(article.id()) + ": "
        + e.getMessage());
  }

  /**
   * One refresh per batch: at the stream's pace when it is quiet (batches of one), once per batch of many when it is
   * backed up, when latency matters less than the engine's work.
   */
  private void makeSearchable(List<AnalyzedArticle> batch, IngestListener listener) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      store.makeSearchable();
    } catch (StoreException e) {
      AnalyzedArticle last = batch.get(batch.size() - 1);
      listener.error(new ItemError(last.source(), "the " + batch.size() + " articles up to " + Excerpt.of(last.id())
          + " are stored but searchable only after the search engine's own refresh: " + e.getMessage()));
    }
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

  /** Writes every dossier that is behind and saves the clusterer's state with the store: before closing it. */
  void checkpoint() {
    synchronized (assignLock) {
      stories.checkpoint();
    }
  }

  /**
   * Rebuilds the search index, then the stories from every stored article, writing each story and its dossier again
   * and deleting stored stories the clustering no longer makes (after a change of the clustering); returns the
   * number of stories.
   */
  public int reindex() {
    synchronized (assignLock) {
      store.reindex();
      return stories.rebuild();
    }
  }
}
