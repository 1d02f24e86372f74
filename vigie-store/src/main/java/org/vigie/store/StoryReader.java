package org.vigie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.vigie.text.Folding;

/** Reads stories: one with its dossier, or a filtered listing. */
final class StoryReader {
  static final String SUMMARY_COLUMNS = "s.id, s.title, s.first_date, s.last_date, s.size, s.article_ids,"
      + " (SELECT string_agg(o, '\u001f') FROM (SELECT DISTINCT a.outlet AS o FROM article a"
      + "   WHERE a.story_id = s.id AND a.outlet IS NOT NULL ORDER BY a.outlet) AS d) AS outlets,"
      + " (SELECT string_agg(l, '\u001f') FROM (SELECT DISTINCT a.language AS l FROM article a"
      + "   WHERE a.story_id = s.id AND a.language IS NOT NULL ORDER BY a.language) AS d) AS languages";
  static final String ORDER = " ORDER BY s.last_date IS NULL, s.last_date DESC, s.size DESC, s.id";

  private StoryReader() {}

  static Optional<StoryRecord> byId(Connection db, String id) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT id, title, first_date, last_date, article_ids, dossier FROM story WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new StoryRecord(rs.getString("id"), rs.getString("title"),
            Database.date(rs.getString("first_date")), Database.date(rs.getString("last_date")),
            articleIds(id, rs.getString("article_ids")), DossierCodec.read(id, rs.getString("dossier"))));
      }
    }
  }

  /**
   * The stories written at or after {@code since}, the latest first.
   *
   * @param instant the SQL that makes an instant of the text column or parameter it wraps ({@code %s}): the text of
   *     an instant drops a zero fraction, so it does not sort as text within a second
   */
  static List<StoryChange> changes(Connection db, java.time.@Nullable Instant since, int limit, String instant)
      throws SQLException {
    String updated = instant.formatted("updated_at");
    try (PreparedStatement ps = db.prepareStatement("SELECT id, title, first_date, last_date, size, updated_at"
        + " FROM story WHERE ? IS NULL OR " + updated + " >= " + instant.formatted("?")
        + " ORDER BY " + updated + " DESC, id LIMIT ?")) {
      String from = since == null ? null : since.toString();
      ps.setString(1, from);
      ps.setString(2, from);
      ps.setInt(3, limit);
      List<StoryChange> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new StoryChange(rs.getString(1), rs.getString(2), Database.date(rs.getString(3)),
              Database.date(rs.getString(4)), rs.getInt(5), java.time.Instant.parse(rs.getString(6))));
        }
      }
      return out;
    }
  }

  static List<StorySummary> matching(Connection db, StoryQuery query) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM story s WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.since() != null) {
      sql.append(" AND s.last_date >= ?");
      params.add(query.since().toString());
    }
    if (query.until() != null) {
      sql.append(" AND s.first_date <= ?");
      params.add(query.until().toString());
    }
    if (query.entity() != null && !query.entity().isBlank()) {
      sql.append(" AND EXISTS (SELECT 1 FROM article a JOIN article_entity ae ON ae.article_seq = a.seq"
          + " JOIN entity e ON e.id = ae.entity_id WHERE a.story_id = s.id AND instr(e.folded_name, ?) > 0)");
      params.add(Folding.key(query.entity()));
    }
    if (query.outlet() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id AND a.outlet = ?)");
      params.add(query.outlet());
    }
    if (query.language() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.id AND a.language = ?)");
      params.add(query.language());
    }
    sql.append(ORDER).append(" LIMIT ?");
    params.add(query.limit());
    return summaries(db, sql.toString(), params);
  }

  static List<StorySummary> summaries(Connection db, String sql, List<?> params) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      Database.bind(ps, params);
      List<StorySummary> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString("id");
          out.add(new StorySummary(id, rs.getString("title"), Database.date(rs.getString("first_date")),
              Database.date(rs.getString("last_date")), rs.getInt("size"), articleIds(id, rs.getString("article_ids")),
              Database.split(rs.getString("outlets")), Database.split(rs.getString("languages"))));
        }
      }
      return out;
    }
  }

  private static List<String> articleIds(String storyId, String json) {
    try {
      return ArticleCodec.MAPPER.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("story " + storyId + ": unreadable article list: " + e.getOriginalMessage(), e);
    }
  }
}
