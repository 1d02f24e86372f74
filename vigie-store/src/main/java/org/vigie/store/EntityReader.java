package org.vigie.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.model.EntityType;
import org.vigie.text.Folding;

/** Reads entities across articles, their profiles, and quotes. */
final class EntityReader {
  private static final int MAX_ENTITIES = 200;
  private static final int PROFILE_QUOTES = 1_000;
  private static final String SUMMARY_SQL = "SELECT e.id, e.name, e.type,"
      + " (SELECT count(DISTINCT ae.article_seq) FROM article_entity ae WHERE ae.entity_id = e.id) AS articles,"
      + " (SELECT count(*) FROM quote q WHERE q.speaker_entity_id = e.id) AS quotes"
      + " FROM entity e";

  private EntityReader() {}

  static List<EntitySummary> matching(Connection db, String query) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(SUMMARY_SQL
        + " WHERE instr(e.folded_name, ?) > 0 ORDER BY articles DESC, quotes DESC, e.name LIMIT ?")) {
      ps.setString(1, Folding.key(query));
      ps.setInt(2, MAX_ENTITIES);
      List<EntitySummary> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(summary(db, rs));
        }
      }
      return out;
    }
  }

  static Optional<EntityProfile> profile(Connection db, String id) throws SQLException {
    EntitySummary summary;
    try (PreparedStatement ps = db.prepareStatement(SUMMARY_SQL + " WHERE e.id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        summary = summary(db, rs);
      }
    }
    List<EntityProfile.RoleMention> roles = new ArrayList<>();
    try (PreparedStatement ps = db.prepareStatement("SELECT r.role, a.id, a.published FROM entity_role r"
        + " JOIN article a ON a.seq = r.article_seq WHERE r.entity_id = ?"
        + " ORDER BY a.published IS NULL, a.published, a.seq, r.ord")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          roles.add(new EntityProfile.RoleMention(rs.getString(1), rs.getString(2), Database.date(rs.getString(3))));
        }
      }
    }
    List<QuoteRow> quotes = quotes(db, " WHERE q.speaker_entity_id = ?", List.of(id), PROFILE_QUOTES);
    List<StorySummary> stories = StoryReader.summaries(db, "SELECT " + StoryReader.SUMMARY_COLUMNS + " FROM story s"
        + " WHERE s.id IN (SELECT a.story_id FROM article a JOIN article_entity ae ON ae.article_seq = a.seq"
        + " WHERE ae.entity_id = ?)" + StoryReader.ORDER, List.of(id));
    return Optional.of(new EntityProfile(summary, roles, quotes, stories));
  }

  static List<QuoteRow> quotes(Connection db, QuoteQuery query) throws SQLException {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.speaker() != null && !query.speaker().isBlank()) {
      where.append(" AND instr(q.folded_speaker, ?) > 0");
      params.add(Folding.key(query.speaker()));
    }
    if (query.text() != null && !query.text().isBlank()) {
      where.append(" AND instr(q.folded_text, ?) > 0");
      params.add(Folding.key(query.text()));
    }
    if (query.since() != null) {
      where.append(" AND a.published >= ?");
      params.add(query.since().toString());
    }
    return quotes(db, where.toString(), params, query.limit());
  }

  private static List<QuoteRow> quotes(Connection db, String where, List<Object> params, int limit)
      throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT q.text, q.speaker, q.speaker_entity_id, q.direct,"
        + " a.id, a.story_id, a.published FROM quote q JOIN article a ON a.seq = q.article_seq" + where
        + " ORDER BY a.published IS NULL, a.published DESC, a.seq DESC, q.ord LIMIT ?")) {
      List<Object> all = new ArrayList<>(params);
      all.add(limit);
      Database.bind(ps, all);
      List<QuoteRow> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new QuoteRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) != 0,
              rs.getString(5), rs.getString(6), Database.date(rs.getString(7))));
        }
      }
      return out;
    }
  }

  private static EntitySummary summary(Connection db, ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    Set<String> roles = new LinkedHashSet<>();
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT role FROM entity_role WHERE entity_id = ? ORDER BY article_seq, ord")) {
      ps.setString(1, id);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          roles.add(r.getString(1));
        }
      }
    }
    return new EntitySummary(id, rs.getString("name"), EntityType.valueOf(rs.getString("type")),
        List.copyOf(roles), rs.getInt("articles"), rs.getInt("quotes"));
  }
}
