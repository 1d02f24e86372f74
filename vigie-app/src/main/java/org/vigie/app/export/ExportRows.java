package org.vigie.app.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityId;
import org.vigie.model.Quote;
import org.vigie.store.ArticleFilter;
import org.vigie.store.Store;
import org.vigie.store.StoredArticle;
import org.vigie.store.StoryRecord;

/**
 * Turns the articles a filter matches into the rows of one table, walking the store a page at a time
 * ({@link Store#forEachArticle}). Articles, mentions and quotes hold one article at a time; entities and stories
 * add up per entity or per story (a few numbers each), so their memory grows with the distinct entities or stories
 * matched, never with the articles.
 */
final class ExportRows {
  private static final String JOIN = " | ";

  private ExportRows() {}

  /** Writes every row of {@code table}; returns how many. */
  static long write(Store store, ArticleFilter filter, ExportTable table, RowSink sink) throws IOException {
    long[] rows = {0};
    RowSink counting = new RowSink() {
      @Override
      public void row(List<?> values) throws IOException {
        sink.row(values);
        rows[0]++;
      }

      @Override
      public void finish() throws IOException {
        sink.finish();
      }
    };
    try {
      switch (table) {
        case ARTICLES -> store.forEachArticle(filter, a -> unchecked(() -> article(a, counting)));
        case MENTIONS -> store.forEachArticle(filter, a -> unchecked(() -> mentions(a, counting)));
        case QUOTES -> store.forEachArticle(filter, a -> unchecked(() -> quotes(a, counting)));
        case ENTITIES -> entities(store, filter, counting);
        case STORIES -> stories(store, filter, counting);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    counting.finish();
    return rows[0];
  }

  private static void article(StoredArticle stored, RowSink sink) throws IOException {
    AnalyzedArticle a = stored.article();
    long entities = a.entities().stream().map(e -> EntityId.of(e.type(), e.name())).distinct().count();
    sink.row(Arrays.asList(a.id(), a.article().url(), a.outlet(), a.article().published(), language(a),
        stored.storyId(), a.title(), entities, (long) a.quotes().size(), a.source(), a.article().body()));
  }

  private static void mentions(StoredArticle stored, RowSink sink) throws IOException {
    AnalyzedArticle a = stored.article();
    for (Entity e : a.entities()) {
      sink.row(Arrays.asList(a.id(), EntityId.of(e.type(), e.name()), e.name(), e.type().name(), joined(e.roles()),
          (long) e.mentions().size(), a.outlet(), a.article().published(), language(a), stored.storyId()));
    }
  }

  private static void quotes(StoredArticle stored, RowSink sink) throws IOException {
    AnalyzedArticle a = stored.article();
    Map<String, Entity> local = new HashMap<>();
    a.entities().forEach(e -> local.put(e.id(), e));
    long index = 0;
    for (Quote q : a.quotes()) {
      Entity speaker = q.speaker() == null || q.speaker().entity() == null ? null : local.get(q.speaker().entity());
      sink.row(Arrays.asList(a.id(), index++, q.text(), q.direct(), q.cue(),
          q.speaker() == null ? null : q.speaker().name(),
          speaker == null ? null : EntityId.of(speaker.type(), speaker.name()),
          speaker == null ? null : joined(speaker.roles()), a.outlet(), a.article().published(), stored.storyId()));
    }
  }

  /** What an entity adds up to over the matching articles. */
  private static final class EntityTally {
    final String name;
    final String type;
    long articles;
    long mentions;
    long quotes;
    @Nullable LocalDate first;
    @Nullable LocalDate last;
    final Set<String> roles = new LinkedHashSet<>();

    EntityTally(String name, String type) {
      this.name = name;
      this.type = type;
    }
  }

  private static void entities(Store store, ArticleFilter filter, RowSink sink) throws IOException {
    Map<String, EntityTally> tallies = new LinkedHashMap<>();
    store.forEachArticle(filter, stored -> {
      AnalyzedArticle a = stored.article();
      LocalDate published = a.article().published();
      Map<String, String> globalOfLocal = new HashMap<>();
      Set<String> seen = new LinkedHashSet<>();
      for (Entity e : a.entities()) {
        String id = EntityId.of(e.type(), e.name());
        globalOfLocal.put(e.id(), id);
        EntityTally t = tallies.computeIfAbsent(id, k -> new EntityTally(e.name(), e.type().name()));
        if (seen.add(id)) {
          t.articles++;
          if (published != null) {
            t.first = t.first == null || published.isBefore(t.first) ? published : t.first;
            t.last = t.last == null || published.isAfter(t.last) ? published : t.last;
          }
        }
        t.mentions += e.mentions().size();
        t.roles.addAll(e.roles());
      }
      for (Quote q : a.quotes()) {
        String id = q.speaker() == null || q.speaker().entity() == null ? null
            : globalOfLocal.get(q.speaker().entity());
        if (id != null) {
          tallies.get(id).quotes++;
        }
      }
    });
    for (Map.Entry<String, EntityTally> e : tallies.entrySet()) {
      EntityTally t = e.getValue();
      sink.row(Arrays.asList(e.getKey(), t.name, t.type, t.articles, t.mentions, t.quotes, t.first, t.last,
          joined(List.copyOf(t.roles))));
    }
  }

  private static void stories(Store store, ArticleFilter filter, RowSink sink) throws IOException {
    Map<String, Long> matching = new LinkedHashMap<>();
    store.forEachArticle(filter, stored -> {
      if (stored.storyId() != null) {
        matching.merge(stored.storyId(), 1L, Long::sum);
      }
    });
    for (Map.Entry<String, Long> e : matching.entrySet()) {
      StoryRecord story = store.story(e.getKey()).orElse(null);
      if (story == null) {
        continue; // deleted meanwhile by a re-clustering
      }
      sink.row(Arrays.asList(story.id(), story.title(), story.firstDate(), story.lastDate(), (long) story.size(),
          e.getValue(), String.join(" ", story.articleIds())));
    }
  }

  private static @Nullable String language(AnalyzedArticle a) {
    return a.language() != null ? a.language() : a.article().language();
  }

  private static @Nullable String joined(List<String> values) {
    return values.isEmpty() ? null : String.join(JOIN, values);
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  private static void unchecked(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
