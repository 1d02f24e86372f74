package org.vigie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.EntityId;
import org.vigie.model.Quote;
import org.vigie.text.Folding;

/** Inserts one article with its entities, roles and quotes, inside the caller's transaction. */
final class ArticleWriter {
  private ArticleWriter() {}

  /** Inserts the article; returns its sequence number, or 0 when its id was already stored (nothing written). */
  static long insert(Connection db, AnalyzedArticle article, @Nullable String storyId) throws SQLException {
    String id = article.id();
    Instant storedAt = Instant.now();
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO article (id, story_id, source, url, outlet,"
        + " title, published, language, language_hint, body, metadata, layers, analysis, stored_at)"
        + " VALUES (?, coalesce(?, (SELECT story_id FROM story_member WHERE article_id = ?)),"
        + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
      int i = 0;
      ps.setString(++i, id);
      ps.setString(++i, storyId);
      ps.setString(++i, id);
      ps.setString(++i, article.source());
      ps.setString(++i, article.article().url());
      ps.setString(++i, article.outlet());
      ps.setString(++i, article.title());
      ps.setString(++i, article.published());
      ps.setString(++i, article.language());
      ps.setString(++i, article.article().language());
      ps.setString(++i, article.article().body());
      ps.setString(++i, ArticleCodec.metadataJson(article.article().metadata()));
      ps.setString(++i, ArticleCodec.layers(article.layers()));
      ps.setString(++i, ArticleCodec.contractJson(article));
      ps.setString(++i, storedAt.toString());
      if (ps.executeUpdate() == 0) {
        return 0;
      }
    }
    LedgerWriter.count(db, article.outlet(), article.published(), "articles", storedAt);
    long sequence;
    try (PreparedStatement ps = db.prepareStatement("SELECT seq FROM article WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        sequence = rs.getLong(1);
      }
    }
    if (storyId != null) {
      try (PreparedStatement ps = db.prepareStatement("INSERT INTO story_member (article_id, story_id)"
          + " VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id")) {
        ps.setString(1, id);
        ps.setString(2, storyId);
        ps.executeUpdate();
      }
    }
    Map<String, String> globalIds = insertEntities(db, sequence, article.entities());
    insertQuotes(db, sequence, article.quotes(), globalIds);
    return sequence;
  }

  private static Map<String, String> insertEntities(Connection db, long sequence, List<Entity> entities)
      throws SQLException {
    Map<String, String> globalIds = new HashMap<>();
    try (PreparedStatement entity = db.prepareStatement(
            "INSERT INTO entity (id, type, name, folded_name) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING");
        PreparedStatement link = db.prepareStatement("INSERT INTO article_entity"
            + " (article_seq, local_id, entity_id, mentions) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
        PreparedStatement role = db.prepareStatement(
            "INSERT INTO entity_role (entity_id, article_seq, ord, role) VALUES (?, ?, ?, ?)")) {
      int roleOrder = 0;
      for (Entity e : entities) {
        String global = EntityId.of(e.type(), e.name());
        globalIds.put(e.id(), global);
        entity.setString(1, global);
        entity.setString(2, e.type().name());
        entity.setString(3, e.name());
        entity.setString(4, Folding.key(e.name()));
        entity.executeUpdate();
        link.setLong(1, sequence);
        link.setString(2, e.id());
        link.setString(3, global);
        link.setInt(4, e.mentions().size());
        link.executeUpdate();
        for (String r : e.roles()) {
          role.setString(1, global);
          role.setLong(2, sequence);
          role.setInt(3, roleOrder++);
          role.setString(4, r);
          role.executeUpdate();
        }
      }
    }
    return globalIds;
  }

  private static void insertQuotes(Connection db, long sequence, List<Quote> quotes, Map<String, String> globalIds)
      throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO quote (article_seq, ord, text, folded_text,"
        + " start_offset, end_offset, direct, cue, speaker, folded_speaker, speaker_entity_id)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int ord = 0;
      for (Quote q : quotes) {
        String speaker = q.speaker() == null ? null : q.speaker().name();
        String local = q.speaker() == null ? null : q.speaker().entity();
        int i = 0;
        ps.setLong(++i, sequence);
        ps.setInt(++i, ord++);
        ps.setString(++i, q.text());
        ps.setString(++i, Folding.key(q.text()));
        ps.setInt(++i, q.start());
        ps.setInt(++i, q.end());
        ps.setInt(++i, q.direct() ? 1 : 0);
        ps.setString(++i, q.cue());
        ps.setString(++i, speaker);
        ps.setString(++i, speaker == null ? null : Folding.key(speaker));
        ps.setString(++i, local == null ? null : globalIds.get(local));
        ps.executeUpdate();
      }
    }
  }
}
