package org.vigie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes and deletes stories inside the caller's transaction. A story written again links only the articles it did
 * not hold yet and lets go of those it no longer lists, so rewriting a story of thousands of articles after each
 * new one costs what changed, not its size.
 */
final class StoryWriter {
  private StoryWriter() {}

  static void put(Connection db, StoryRecord story) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO story (id, title, first_date, last_date,"
        + " size, article_ids, dossier, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
        + " SET title = excluded.title, first_date = excluded.first_date, last_date = excluded.last_date,"
        + " size = excluded.size, article_ids = excluded.article_ids, dossier = excluded.dossier,"
        + " updated_at = excluded.updated_at")) {
      int i = 0;
      ps.setString(++i, story.id());
      ps.setString(++i, story.title());
      ps.setString(++i, Database.iso(story.firstDate()));
      ps.setString(++i, Database.iso(story.lastDate()));
      ps.setInt(++i, story.size());
      ps.setString(++i, ArticleCodec.write(story.articleIds()));
      ps.setString(++i, DossierCodec.write(story.dossier()));
      ps.setString(++i, Instant.now().toString());
      ps.executeUpdate();
    }
    Set<String> listed = new LinkedHashSet<>(story.articleIds());
    Set<String> held = members(db, story.id());
    try (PreparedStatement member = db.prepareStatement(
            "DELETE FROM story_member WHERE article_id = ? AND story_id = ?");
        PreparedStatement article = db.prepareStatement(
            "UPDATE article SET story_id = NULL WHERE id = ? AND story_id = ?")) {
      for (String articleId : held) {
        if (!listed.contains(articleId)) {
          member.setString(1, articleId);
          member.setString(2, story.id());
          member.executeUpdate();
          article.setString(1, articleId);
          article.setString(2, story.id());
          article.executeUpdate();
        }
      }
    }
    try (PreparedStatement member = db.prepareStatement("INSERT INTO story_member (article_id, story_id)"
            + " VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id");
        PreparedStatement article = db.prepareStatement(
            "UPDATE article SET story_id = ? WHERE id = ? AND story_id IS DISTINCT FROM ?")) {
      for (String articleId : listed) {
        if (held.contains(articleId)) {
          continue; // linked when it was stored, or by an earlier write of this story
        }
        member.setString(1, articleId);
        member.setString(2, story.id());
        member.executeUpdate();
        article.setString(1, story.id());
        article.setString(2, articleId);
        article.setString(3, story.id());
        article.executeUpdate();
      }
    }
  }

  static void delete(Connection db, String id) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM story WHERE id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
    try (PreparedStatement members = db.prepareStatement("DELETE FROM story_member WHERE story_id = ?");
        PreparedStatement articles = db.prepareStatement("UPDATE article SET story_id = NULL WHERE story_id = ?")) {
      members.setString(1, id);
      members.executeUpdate();
      articles.setString(1, id);
      articles.executeUpdate();
    }
  }

  private static Set<String> members(Connection db, String storyId) throws SQLException {
    Set<String> held = new HashSet<>();
    try (PreparedStatement ps = db.prepareStatement("SELECT article_id FROM story_member WHERE story_id = ?")) {
      ps.setString(1, storyId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          held.add(rs.getString(1));
        }
      }
    }
    return held;
  }
}
