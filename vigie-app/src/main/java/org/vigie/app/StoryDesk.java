package org.vigie.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Dossier;
import org.vigie.model.Story;
import org.vigie.store.Store;
import org.vigie.store.StoredArticle;
import org.vigie.store.StoryQuery;
import org.vigie.store.StoryRecord;
import org.vigie.store.StorySummary;
import org.vigie.stories.clustering.StoryClusterer;
import org.vigie.stories.dossier.DossierBuilder;

/**
 * The process's stories: the online clusterer that assigns each article to a story, and the dossiers it keeps
 * written in the store. A story an article joins is marked; its dossier is rebuilt from its stored articles and
 * written within {@value #FLUSH_INTERVAL_MS} ms or so while an ingest runs — dossier work taking at most about half
 * the time, so that a stream of articles joining very large stories is not slowed to a crawl — and at the latest
 * when the ingest ends.
 */
final class StoryDesk {
  private static final int PAGE = 500;
  static final long FLUSH_INTERVAL_MS = 500;
  /** A dossier is built from at most this many of the story's latest articles. */
  static final int DOSSIER_ARTICLES = 500;

  private final Store store;
  private final DossierBuilder dossiers = new DossierBuilder();
  private StoryClusterer clusterer;
  /** Stories whose dossier is behind, oldest mark first. */
  private final Set<String> dirty = new LinkedHashSet<>();
  private final Object flushLock = new Object();
  private long lastFlushEnd = System.nanoTime();

  private StoryDesk(Store store, StoryClusterer clusterer) {
    this.store = store;
    this.clusterer = clusterer;
  }

  /** The stories of {@code store}: its articles replayed into a fresh clusterer, in the order they were stored. */
  static StoryDesk open(Store store) {
    StoryDesk desk = new StoryDesk(store, StoryClusterer.create());
    desk.replay(desk.clusterer, 0);
    return desk;
  }

  private void replay(StoryClusterer into, long after) {
    while (true) {
      List<StoredArticle> page = store.articles(after, PAGE);
      for (StoredArticle stored : page) {
        into.add(stored.article());
        after = stored.sequence();
      }
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  /** Assigns one article and returns its story id. Assigning an id again returns its first story. */
  String assign(AnalyzedArticle article) {
    return clusterer.add(article).story();
  }

  /** Marks a story whose dossier must be written again. */
  void touched(String storyId) {
    synchronized (dirty) {
      dirty.add(storyId);
    }
  }

  /** Writes the dossiers that are due, spending about as long on them as elapsed since the last flush ended. */
  void flushIfDue() {
    long now = System.nanoTime();
    if (now - lastFlushEnd < FLUSH_INTERVAL_MS * 1_000_000) {
      return;
    }
    synchronized (flushLock) {
      long budget = Math.max(FLUSH_INTERVAL_MS * 1_000_000, System.nanoTime() - lastFlushEnd);
      long start = System.nanoTime();
      while (System.nanoTime() - start < budget) {
        String next = nextDirty();
        if (next == null) {
          break;
        }
        write(next);
      }
      lastFlushEnd = System.nanoTime();
    }
  }

  /** Writes every dossier that is behind. */
  void flushAll() {
    synchronized (flushLock) {
      for (String next = nextDirty(); next != null; next = nextDirty()) {
        write(next);
      }
      lastFlushEnd = System.nanoTime();
    }
  }

  private String nextDirty() {
    synchronized (dirty) {
      if (dirty.isEmpty()) {
        return null;
      }
      String first = dirty.iterator().next();
      dirty.remove(first);
      return first;
    }
  }

  private void write(String storyId) {
    clusterer.story(storyId).map(this::record).ifPresent(store::putStory);
  }

  /** The story as it stands now, with its dossier built from its stored articles. */
  Optional<StoryRecord> record(String storyId) {
    return clusterer.story(storyId).map(this::record);
  }

  private StoryRecord record(Story story) {
    List<String> ids = story.articles();
    List<String> latest = ids.subList(Math.max(0, ids.size() - DOSSIER_ARTICLES), ids.size());
    List<AnalyzedArticle> members = new ArrayList<>(latest.size());
    LocalDate first = null;
    LocalDate last = null;
    for (StoredArticle stored : store.articles(latest)) {
      AnalyzedArticle member = stored.article();
      members.add(member);
      LocalDate date = member.article().published();
      if (date != null) {
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
      }
    }
    Dossier dossier = dossiers.build(story, members);
    return new StoryRecord(story.id(), story.title(), first, last, ids, dossier);
  }

  /**
   * Replays every stored article into a fresh clusterer, writes every story it makes with its dossier, and deletes
   * the stored stories it no longer makes; returns the number of stories.
   */
  int rebuild() {
    synchronized (flushLock) {
      StoryClusterer fresh = StoryClusterer.create();
      replay(fresh, 0);
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
      return current.size();
    }
  }

  /** Every story the clusterer holds, ids only. */
  List<String> storyIds() {
    return clusterer.stories().stream().map(Story::id).toList();
  }
}
