package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir Path dir;

  @Test
  void emptyDirectory_isMigratedToTheLatestVersion() throws SQLException {
    try (Store store = Store.openEmbedded(dir)) {
      assertThat(store.health().schemaVersion()).isEqualTo(Migrations.SCRIPTS.size());
    }
    try (Connection db = jdbc(); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getString(2)).isEqualTo("V001__initial_schema.sql");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(2)).isEqualTo("V002__source_ledger.sql");
      assertThat(rs.next()).isFalse();
    }
    try (Connection db = jdbc(); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void reopening_appliesNothingTwice() {
    Store.openEmbedded(dir).close();
    try (Store store = Store.openEmbedded(dir)) {
      assertThat(store.health().schemaVersion()).isEqualTo(Migrations.SCRIPTS.size());
    }
  }

  @Test
  void newerSchema_isRefusedWithAClearMessage() throws SQLException {
    Store.openEmbedded(dir).close();
    try (Connection db = jdbc(); Statement st = db.createStatement()) {
      st.executeUpdate("INSERT INTO schema_version VALUES (7, 'V007__from_the_future.sql', '2030-01-01T00:00:00Z')");
    }

    assertThatThrownBy(() -> Store.openEmbedded(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 7")
        .hasMessageContaining("knows versions up to " + Migrations.SCRIPTS.size())
        .hasMessageContaining("newer Vigie");
    // The refusal released the directory: the store opens once the future row is gone.
    try (Connection db = jdbc(); Statement st = db.createStatement()) {
      st.executeUpdate("DELETE FROM schema_version WHERE version = 7");
    }
    Store.openEmbedded(dir).close();
  }

  @Test
  void laterScript_isAppliedToAnExistingStoreInOrder() throws SQLException {
    try (Store store = Store.openEmbedded(dir)) {
      store.put(Articles.genevaFr(), null);
    }
    List<Migrations.Script> scripts = new ArrayList<>(Migrations.bundled().scripts());
    int next = scripts.size() + 1;
    scripts.add(new Migrations.Script(next, "V00" + next + "__article_notes.sql",
        "-- a column added later\nALTER TABLE article ADD COLUMN note TEXT;\n"
            + "UPDATE article SET note = 'migrated';\n"));

    try (EmbeddedStore store = EmbeddedStore.open(dir, new Migrations(scripts))) {
      assertThat(store.health().schemaVersion()).isEqualTo(next);
      assertThat(store.health().articles()).isEqualTo(1);
    }
    try (Connection db = jdbc(); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT note FROM article")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo("migrated");
    }
    // The bundled scripts stop before it: this build now refuses the migrated store.
    assertThatThrownBy(() -> Store.openEmbedded(dir)).hasMessageContaining("schema version " + next);
  }

  @Test
  void failingScript_rollsBackAndNamesItself() throws SQLException {
    Store.openEmbedded(dir).close();
    List<Migrations.Script> scripts = new ArrayList<>(Migrations.bundled().scripts());
    int next = scripts.size() + 1;
    scripts.add(new Migrations.Script(next, "V00" + next + "__broken.sql",
        "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n"));

    assertThatThrownBy(() -> EmbeddedStore.open(dir, new Migrations(scripts)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("V00" + next + "__broken.sql")
        .hasMessageContaining("left at version " + (next - 1));
    try (Connection db = jdbc(); Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  @Test
  void scripts_mustBeNumberedWithoutGaps() {
    assertThatThrownBy(() -> new Migrations(List.of(new Migrations.Script(2, "V002__x.sql", ""))))
        .hasMessageContaining("should be version 1");
    assertThatThrownBy(() -> Migrations.load("init.sql")).hasMessageContaining("V<number>__<words>.sql");
  }

  @Test
  void statements_splitAtLineEndingSemicolonsAndSkipComments() {
    assertThat(Migrations.statements("-- note\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nCREATE INDEX i\n  ON a (x);\n"))
        .containsExactly("CREATE TABLE a (x TEXT DEFAULT ';');", "CREATE INDEX i\n  ON a (x);");
  }

  private Connection jdbc() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE));
  }
}
