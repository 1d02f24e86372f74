package org.vigie.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Dossier;
import org.vigie.model.Story;
import org.vigie.store.Store;
import org.vigie.store.StoreException;
import org.vigie.store.StoredArticle;
import org.vigie.store.StoryQuery;
import org.vigie.store.StoryRecord;
import org.vigie.store.StorySummary;
import org.vigie.stories.clustering.ClusteringConfig;
import org.vigie.stories.clustering.StoryClusterer;
import org.vigie.stories.dossier.ArticleDigest;
import org.vigie.stories.dossier.DossierBuilder;

/**
 * The process's stories: the online clusterer that assigns each article to a story, the dossiers it keeps written in
 * the store, and the clusterer's state saved with the store.
 *
 * <p><b>Dossiers.</b> A story an article joins is marked; its dossier is rebuilt from the digests of its articles
 * (the {@value #DOSSIER_ARTICLES} latest) and written by a thread of its own, within {@value #FLUSH_INTERVAL_MS} ms or
 * so of the mark, so that neither the ingest waits for dossiers nor a dossier for the next chunk's analysis. Marked
 * stories are written oldest mark first, the writes of one round in one transaction; a round works about
 * {@value #FLUSH_INTERVAL_MS} ms at most and the thread then rests as long as it worked, and a story is not rebuilt
 * again sooner than {@value #REBUILD_SPACING} times its last rebuild took (nor than one rest), so a large story costs
 * in proportion to the time, not to its arrivals. Every marked story is written when an ingest ends. The digest of
 * an article (what its dossier takes from it) is made when it is stored, and the latest {@value #DIGESTS_KEPT} are
 * kept: a story that grows is built again from the digests it holds, reading back from the store only the members
 * whose digest was let go (after a restart, or in a story not written for long).
 *
 * <p><b>Restart without replay.</b> Every {@value #CHECKPOINT_ARTICLES} stored articles, and when the store is
 * closed, the dossiers are brought up to date and the clusterer's window is saved with the store, with the last
 * article sequence it accounts for. Opening restores it and replays only the articles stored after that sequence
 * (those a crash left behind): opening costs what the window holds, not what the archive holds. The replayed
 * articles' stories are written again, and a story a crash left stored that the clusterer does not make is
 * deleted, so that every stored article belongs to exactly one stored story whose dossier lists it. A state that
 * cannot be read (another version, another configuration) is replaced by a replay of the whole store.
 */
final class StoryDesk {
  static final String STATE = "clusterer";
  private static final int PAGE = 500;
  static final long FLUSH_INTERVAL_MS = 500;
  /** The dossier thread's shortest rest between two rounds. */
  private static final long MIN_REST_MS = 100;
  /**
   * A story is rebuilt again no sooner than this many times as long as its last rebuild took (and than {@value
   * #MIN_REST_MS} ms, one rest of the thread): a large story costs in proportion to the time, while a story cheap to
   * build is written again at the next round.
   */
  static final int REBUILD_SPACING = 3;
  /** Stories written together when every marked one is written. */
  private static final int WRITES_PER_TRANSACTION = 64;
  /** A dossier is built from at most this many of the story's latest articles. */
  static final int DOSSIER_ARTICLES = 500;
  /** Articles whose digest is kept: four full dossiers' worth. */
  static final int DIGESTS_KEPT = 2_000;
  static final int CHECKPOINT_ARTICLES = 20_000;
  /** For crash tests: save the state after this many stored articles. */
  static volatile int checkpointArticles = CHECKPOINT_ARTICLES;
  /** Stories whose last write time is remembered, for spacing the writes of large ones. */
  private static final int REMEMBERED_WRITES = 100_000;

  private final Store store;
  private final ClusteringConfig config = ClusteringConfig.defaults();
  private final DossierBuilder dossiers = new DossierBuilder();
  private final Consumer<String> notices;
  private volatile StoryClusterer clusterer;
  /** Stories whose dossier is behind, oldest mark first, with the time of that mark. */
  private final Map<String, Long> dirty = new LinkedHashMap<>();
  /** When each story was last written, and how long building its record took then. */
  private final Map<String, Written> lastWritten = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Written> eldest) {
      return size() > REMEMBERED_WRITES;
    }
  };

  private record Written(long nanos, long buildNanos) {}
  /** The digests of the latest articles stored or read back for a dossier, by article id. */
  private final Map<String, ArticleDigest> digests = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, ArticleDigest> eldest) {
      return size() > DIGESTS_KEPT;
    }
  };
  private final Object flushLock = new Object();
  private int sinceCheckpoint;
  private final Thread writer;
  private volatile boolean closing;

  private StoryDesk(Store store, StoryClusterer clusterer, Consumer<String> notices) {
    this.store = store;
    this.clusterer = clusterer;
    this.notices = notices;
    this.writer = Thread.ofPlatform().daemon().name("vigie-dossiers").unstarted(this::writeWhileOpen);
  }

  /**
   * The stories of {@code store}: the saved clusterer restored and the articles stored after it replayed, or, with
   * no usable saved state, every stored article replayed.
   *
   * @param notices told when the saved state could not be used
   */
  static StoryDesk open(Store store, Consumer<String> notices) {
    ClusteringConfig config = ClusteringConfig.defaults();
    long after = 0;
    StoryClusterer clusterer = null;
    try {
      Optional<Saved> saved = store.loadState(STATE, (sequence, in) -> new Saved(sequence,
          StoryClusterer.restore(in, config)));
      if (saved.isPresent()) {
        after = saved.get().sequence();
        clusterer = saved.get().clusterer();
      }
    } catch (StoreException e) {
      notices.accept("the saved story clusterer of the store cannot be used (" + e.getMessage() + "); the stories"
          + " are rebuilt from every stored article");
    }
    StoryDesk desk = new StoryDesk(store, clusterer == null ? StoryClusterer.create(config) : clusterer, notices);
    if (desk.catchUp(after) > 0 || clusterer == null) {
      desk.checkpoint();
    }
    desk.writer.start();
    return desk;
  }

  private record Saved(long sequence, StoryClusterer clusterer) {}

  /**
   * Replays the articles stored after {@code sequence} into the clusterer, then writes their stories again and
   * deletes the stories they were stored under that the clusterer does not make; returns how many were replayed.
   */
  private int catchUp(long sequence) {
    Set<String> stale = new LinkedHashSet<>();
    int replayed = replay(clusterer, sequence, (stored, story) -> {
      touched(story);
      if (stored.storyId() != null && !stored.storyId().equals(story)) {
        stale.add(stored.storyId());
      }
    });
    for (String story : stale) {
      if (clusterer.story(story).isPresent()) {
        touched(story);
      } else {
        store.deleteStory(story);
      }
    }
    flushAll();
    return replayed;
  }

  /** What a replay tells of each article: as it was stored, and the story the clusterer gives it now. */
  @FunctionalInterface
  private interface Replayed {
    void article(StoredArticle stored, String story);
  }

  private int replay(StoryClusterer into, long after, Replayed each) {
    int n = 0;
    while (true) {
      List<StoredArticle> page = store.articles(after, PAGE);
      for (StoredArticle stored : page) {
        each.article(stored, into.add(stored.article()).story());
        after = stored.sequence();
        n++;
      }
      if (page.size() < PAGE) {
        return n;
      }
    }
  }

  /** Assigns one article and returns its story id. Assigning an id again returns its first story. */
  String assign(AnalyzedArticle article) {
    return clusterer.add(article).story();
  }

  /** Marks the story of an article just stored, and keeps what its dossier takes from the article. */
  void stored(String storyId, AnalyzedArticle article) {
    ArticleDigest digest = ArticleDigest.of(article);
    synchronized (digests) {
      digests.put(digest.id(), digest);
    }
    touched(storyId);
  }

  /** Marks a story whose dossier must be written again, after one of its articles was stored. */
  private void touched(String storyId) {
    synchronized (dirty) {
      dirty.putIfAbsent(storyId, System.nanoTime());
      sinceCheckpoint++;
    }
  }

  /** Whether enough articles were stored since the state was last saved to save it again. */
  boolean checkpointDue() {
    synchronized (dirty) {
      return sinceCheckpoint >= checkpointArticles;
    }
  }

  /**
   * Writes every dossier that is behind, lets go of the stories that left the window, and saves the clusterer with
   * the last stored article's sequence. The caller holds off storing articles meanwhile.
   */
  void checkpoint() {
    synchronized (flushLock) {
      flushAll();
      clusterer.forgetRetired();
      long sequence = store.lastSequence();
      store.saveState(STATE, sequence, out -> clusterer.save(out));
      synchronized (dirty) {
        sinceCheckpoint = 0;
      }
    }
  }

  /**
   * The dossier thread: a round of due stories, then a rest as long as the round took (at least {@value
   * #MIN_REST_MS} ms), until the desk is closed: dossiers take at most about half of one core.
   */
  private void writeWhileOpen() {
    while (!closing) {
      long start = System.nanoTime();
      try {
        writeDue();
      } catch (RuntimeException e) {
        if (closing) {
          return;
        }
        notices.accept("dossiers could not be written (" + e.getMessage() + "); they are tried again");
      }
      long rest = Math.max(MIN_REST_MS * 1_000_000, System.nanoTime() - start);
      java.util.concurrent.locks.LockSupport.parkNanos(rest);
    }
  }

  /** Stops the dossier thread, after the round it is in; the caller writes what is behind ({@link #flushAll}). */
  void close() {
    closing = true;
    java.util.concurrent.locks.LockSupport.unpark(writer);
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Builds the due stories' records, oldest mark first, for about {@value #FLUSH_INTERVAL_MS} ms, and writes them. */
  private void writeDue() {
    synchronized (flushLock) {
      write(due(System.nanoTime()), FLUSH_INTERVAL_MS * 1_000_000);
    }
  }

  /**
   * Builds the records of these stories as they stand now, in order, each taken off the marked ones, until {@code
   * budgetNanos} have passed; writes them in one transaction. Stories whose write failed are marked again.
   */
  private void write(List<String> ids, long budgetNanos) {
    long start = System.nanoTime();
    List<StoryRecord> records = new ArrayList<>();
    List<Long> costs = new ArrayList<>();
    List<DossierWritten> events = new ArrayList<>();
    for (String id : ids) {
      long built = System.nanoTime();
      if (built - start > budgetNanos) {
        break;
      }
      Long marked;
      synchronized (dirty) {
        marked = dirty.remove(id);
      }
      if (marked == null) {
        continue;
      }
      DossierWritten event = new DossierWritten();
      event.begin();
      Optional<StoryRecord> record = clusterer.story(id).map(s -> record(s, event));
      if (record.isPresent()) {
        event.end();
        event.story = id;
        event.waited = built - marked;
        records.add(record.get());
        events.add(event);
        costs.add(System.nanoTime() - built);
      }
    }
    long writing = System.nanoTime();
    try {
      store.putStories(records);
    } catch (RuntimeException e) {
      synchronized (dirty) {
        records.forEach(r -> dirty.putIfAbsent(r.id(), writing));
      }
      throw e;
    }
    long now = System.nanoTime();
    for (DossierWritten event : events) {
      event.write = now - writing;
      event.commit();
    }
    synchronized (lastWritten) {
      for (int i = 0; i < records.size(); i++) {
        lastWritten.put(records.get(i).id(), new Written(now, costs.get(i)));
      }
    }
  }

  /** Marked stories whose last rebuild is old enough for what it cost, oldest mark first. */
  private List<String> due(long now) {
    List<String> candidates;
    synchronized (dirty) {
      candidates = new ArrayList<>(dirty.keySet());
    }
    List<String> due = new ArrayList<>();
    for (String story : candidates) {
      Written last;
      synchronized (lastWritten) {
        last = lastWritten.get(story);
      }
      if (last == null || now - last.nanos() >= Math.max(MIN_REST_MS * 1_000_000,
          REBUILD_SPACING * last.buildNanos())) {
        due.add(story);
      }
    }
    return due;
  }

  /** Writes every dossier that is behind, {@value #WRITES_PER_TRANSACTION} stories a transaction. */
  void flushAll() {
    synchronized (flushLock) {
      while (true) {
        List<String> next;
        synchronized (dirty) {
          next = dirty.keySet().stream().limit(WRITES_PER_TRANSACTION).toList();
        }
        if (next.isEmpty()) {
          return;
        }
        write(next, Long.MAX_VALUE);
      }
    }
  }

  /** The story as it stands now, with its dossier built from its articles' digests. */
  private StoryRecord record(Story story) {
    return record(story, new DossierWritten());
  }

  private StoryRecord record(Story story, DossierWritten event) {
    List<String> ids = story.articles();
    event.articles = ids.size();
    List<ArticleDigest> members = digests(ids.subList(Math.max(0, ids.size() - DOSSIER_ARTICLES), ids.size()),
        event);
    LocalDate first = null;
    LocalDate last = null;
    for (ArticleDigest member : members) {
      LocalDate date = member.published();
      if (date != null) {
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
      }
    }
    Dossier dossier = dossiers.fromDigests(story, members);
    return new StoryRecord(story.id(), story.title(), first, last, ids, dossier);
  }

  /** The digests of these stored articles: those kept, and the others read back from the store (and kept). */
  private List<ArticleDigest> digests(List<String> ids, DossierWritten event) {
    List<ArticleDigest> out = new ArrayList<>(ids.size());
    List<String> missing = new ArrayList<>();
    synchronized (digests) {
      for (String id : ids) {
        ArticleDigest kept = digests.get(id);
        if (kept == null) {
          missing.add(id);
        } else {
          out.add(kept);
        }
      }
    }
    event.readBack = missing.size();
    for (StoredArticle stored : store.articles(missing)) {
      ArticleDigest digest = ArticleDigest.of(stored.article());
      out.add(digest);
      synchronized (digests) {
        digests.put(digest.id(), digest);
      }
    }
    return out;
  }

  /**
   * Replays every stored article into a fresh clusterer, writes every story it makes with its dossier, deletes the
   * stored stories it no longer makes, and saves its state; returns the number of stories.
   */
  int rebuild() {
    synchronized (flushLock) {
      StoryClusterer fresh = StoryClusterer.create(config);
      replay(fresh, 0, (stored, story) -> {});
      clusterer = fresh;
      Set<String> current = new LinkedHashSet<>();
      for (Story story : fresh.stories()) {
        store.putStory(record(story));
        current.add(story.id());
      }
      for (StorySummary stored : store.stories(StoryQuery.all().withLimit(Integer.MAX_VALUE))) {
        if (!current.contains(stored.id())) {
          store.deleteStory(stored.id());
        }
      }
      synchronized (dirty) {
        dirty.clear();
      }
      checkpoint();
      return current.size();
    }
  }

  /** Every story the clusterer holds now, ids only. */
  List<String> storyIds() {
    return clusterer.stories().stream().map(Story::id).toList();
  }

  /** The story as the clusterer holds it now, if it does. */
  Optional<Story> story(String id) {
    return clusterer.story(id);
  }
}
