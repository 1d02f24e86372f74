package org.vigie.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small migration runner: numbered SQL scripts ({@code V001__what.sql}) applied in order, each in its own
 * transaction with its row in {@code schema_version}. A database whose version is newer than the newest script is
 * refused, so an older Vigie never writes to a schema it does not know.
 */
final class Migrations {
  /** The scripts under {@code org/vigie/store/migrations}, oldest first; add new ones at the end. */
  static final List<String> SCRIPTS = List.of("V001__initial_schema.sql", "V002__source_ledger.sql");

  private static final String RESOURCE_DIR = "migrations/";
  /** The same schema for PostgreSQL, script for script. */
  private static final String POSTGRES_RESOURCE_DIR = "migrations-postgres/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.sql");

  record Script(int version, String name, String sql) {}

  private final List<Script> scripts;

  Migrations(List<Script> scripts) {
    for (int i = 0; i < scripts.size(); i++) {
      if (scripts.get(i).version() != i + 1) {
        throw new IllegalArgumentException("migration " + scripts.get(i).name() + " should be version " + (i + 1));
      }
    }
    this.scripts = List.copyOf(scripts);
  }

  /** The migrations shipped with this build. */
  static Migrations bundled() {
    return bundled(RESOURCE_DIR);
  }

  /** The migrations shipped with this build for a PostgreSQL system of record. */
  static Migrations postgres() {
    return bundled(POSTGRES_RESOURCE_DIR);
  }

  private static Migrations bundled(String dir) {
    List<Script> scripts = new ArrayList<>();
    for (String file : SCRIPTS) {
      scripts.add(load(dir, file));
    }
    return new Migrations(scripts);
  }

  static Script load(String file) {
    return load(RESOURCE_DIR, file);
  }

  private static Script load(String dir, String file) {
    Matcher m = NAME.matcher(file);
    if (!m.matches()) {
      throw new IllegalArgumentException("migration file " + file + " is not named V<number>__<words>.sql");
    }
    try (InputStream in = Migrations.class.getResourceAsStream(dir + file)) {
      if (in == null) {
        throw new IllegalStateException("migration " + file + " is missing from the build");
      }
      return new Script(Integer.parseInt(m.group(1)), file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read migration " + file, e);
    }
  }

  List<Script> scripts() {
    return scripts;
  }

  int latest() {
    return scripts.size();
  }

  /**
   * Brings the database to the latest version. The connection must not be in auto-commit mode.
   *
   * @param where names the store in error messages
   * @return the version the database is at now
   */
  int migrate(Connection db, String where) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version ("
          + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    db.commit();
    int current = current(db);
    if (current > latest()) {
      throw new StoreException("the store at " + where + " has schema version " + current
          + ", but this Vigie knows versions up to " + latest()
          + ": it was written by a newer Vigie; open it with that version or newer");
    }
    for (Script script : scripts.subList(current, scripts.size())) {
      try {
        try (Statement st = db.createStatement()) {
          for (String statement : statements(script.sql())) {
            st.executeUpdate(statement);
          }
        }
        try (PreparedStatement ps = db.prepareStatement(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
          ps.setInt(1, script.version());
          ps.setString(2, script.name());
          ps.setString(3, Instant.now().toString());
          ps.executeUpdate();
        }
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw new StoreException("migration " + script.name() + " failed on the store at " + where + ": "
            + e.getMessage() + " (the store is left at version " + current(db) + ")", e);
      }
    }
    return current(db);
  }

  static int current(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Splits a script into statements at semicolons that end a line; drops comment lines. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }
}
