package org.vigie.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.vigie.model.Excerpt;

/**
 * What both stores do the same way over their system of record: the story writes and every read but search, with
 * the same SQL on SQLite and PostgreSQL. Writes are serialised on {@link #writeLock}.
 */
abstract class DatabaseStore implements Store {
  final Database db;
  /** Names the store in messages: its directory, or its engines. */
  final String where;
  final Object writeLock = new Object();
  volatile boolean closed;

  DatabaseStore(Database db, String where) {
    this.db = db;
    this.where = where;
  }

  @Override
  public void putStory(StoryRecord story) {
    synchronized (writeLock) {
      requireOpen();
      try {
        db.write(c -> {
          StoryWriter.put(c, story);
          return null;
        });
      } catch (SQLException | RuntimeException e) {
        throw new StoreException("cannot store story " + Excerpt.of(story.id()) + " in " + where + ": "
            + e.getMessage(), e);
      }
    }
  }

  @Override
  public void deleteStory(String id) {
    synchronized (writeLock) {
      requireOpen();
      try {
        db.write(c -> {
          StoryWriter.delete(c, id);
          return null;
        });
      } catch (SQLException | RuntimeException e) {
        throw new StoreException("cannot delete story " + Excerpt.of(id) + " from " + where + ": "
            + e.getMessage(), e);
      }
    }
  }

  @Override
  public Optional<String> contentHash(String articleId) {
    return db.read("article " + Excerpt.of(articleId), c -> ArticleReader.contentHash(c, articleId));
  }

  @Override
  public Optional<StoredArticle> article(String id) {
    return db.read("article " + Excerpt.of(id), c -> ArticleReader.byIds(c, List.of(id))).stream().findFirst();
  }

  @Override
  public List<StoredArticle> articles(Collection<String> ids) {
    return ids.isEmpty() ? List.of() : db.read("articles", c -> ArticleReader.byIds(c, ids));
  }

  @Override
  public List<StoredArticle> articles(long afterSequence, int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return db.read("articles", c -> ArticleReader.after(c, afterSequence, limit));
  }

  @Override
  public long lastSequence() {
    return db.read("the last sequence", ArticleReader::lastSequence);
  }

  @Override
  public List<StorySummary> stories(StoryQuery query) {
    return db.read("stories", c -> StoryReader.matching(c, query));
  }

  @Override
  public Optional<StoryRecord> story(String id) {
    return db.read("story " + Excerpt.of(id), c -> StoryReader.byId(c, id));
  }

  @Override
  public List<EntitySummary> entities(String query) {
    return db.read("entities", c -> EntityReader.matching(c, query));
  }

  @Override
  public Optional<EntityProfile> entity(String id) {
    return db.read("entity " + Excerpt.of(id), c -> EntityReader.profile(c, id));
  }

  @Override
  public List<QuoteRow> quotes(QuoteQuery query) {
    return db.read("quotes", c -> EntityReader.quotes(c, query));
  }

  /** The health of the store, given how many documents its search index holds. */
  Health health(long indexed, int schemaVersion) {
    return db.read("health", c -> {
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM story)")) {
        rs.next();
        return new Health(rs.getLong(1), rs.getLong(2), indexed, schemaVersion);
      }
    });
  }

  void requireOpen() {
    if (closed) {
      throw new StoreException("the store at " + where + " is closed");
    }
  }
}
