package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.EntityType;

/**
 * Issue 10, case 1: an article whose id (or outlet) was 40,000 characters long was acknowledged, then Lucene refused
 * its "immense term" and every later open of the store failed while healing the index. Whatever the store is given,
 * it must open again; a row the index cannot take is skipped and reported.
 */
class Issue10Case1ImmenseTermTest {
  @TempDir Path dir;

  @Test
  void case1_immenseIdOutletAndEntityDoNotBrickTheStore() {
    String longId = "id-" + "x".repeat(40_000);
    String longOutlet = "Agence " + "é".repeat(40_000);
    String longName = "Claire" + "z".repeat(40_000);
    AnalyzedArticle huge = Articles.article(longId)
        .title("Bulletin immense")
        .body("Un bulletin de " + longName + " porte le marqueurimmense.")
        .language("fr")
        .outlet(longOutlet)
        .entity(longName, EntityType.PERSON, List.of())
        .build();
    try (Store store = Store.openEmbedded(dir)) {
      assertThat(store.put(huge, null)).isEqualTo(PutResult.NEW);
      assertThat(store.put(CrashHealingTest.generated(1), null)).isEqualTo(PutResult.NEW);
      assertThat(store.put(huge, null)).isEqualTo(PutResult.DUPLICATE);
    }
    try (Store reopened = Store.openEmbedded(dir)) {
      Health health = reopened.health();
      assertThat(health.articles()).isEqualTo(2);
      assertThat(health.indexed()).isEqualTo(2);
      assertThat(reopened.search("marqueurimmense", 10).hits()).extracting(SearchResult.Hit::articleId)
          .containsExactly(longId);
      assertThat(reopened.article(longId)).isPresent();
      assertThat(reopened.entities("claire")).singleElement()
          .satisfies(e -> assertThat(e.id()).startsWith("person-claire").hasSizeLessThanOrEqualTo(130));
      reopened.reindex();
      assertThat(reopened.health().indexed()).isEqualTo(2);
    }
  }

  @Test
  void case1_healingSkipsAndReportsARowItCannotIndex() throws Exception {
    EmbeddedStore store = EmbeddedStore.open(dir);
    store.put(CrashHealingTest.generated(0), null);
    store.commitIndex();
    store.indexingSuspended = true; // the next rows are in the database only, as after a crash
    store.put(CrashHealingTest.generated(1), null);
    store.put(CrashHealingTest.generated(2), null);
    store.simulateCrash();
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE));
        PreparedStatement ps = db.prepareStatement("UPDATE article SET analysis = 'not json' WHERE id = 'gen-1'")) {
      ps.executeUpdate();
    }

    List<String> notices = new ArrayList<>();
    try (EmbeddedStore reopened = EmbeddedStore.open(dir, Migrations.bundled(), notices::add)) {
      assertThat(reopened.health().articles()).isEqualTo(3);
      assertThat(reopened.health().indexed()).isEqualTo(2);
      assertThat(reopened.search("marqueur2", 10).total()).isEqualTo(1);
      assertThat(notices).anySatisfy(n -> assertThat(n).contains("gen-1").contains("left out of search"));
    }
    List<String> again = new ArrayList<>();
    try (EmbeddedStore reopened = EmbeddedStore.open(dir, Migrations.bundled(), again::add)) {
      assertThat(reopened.health().indexed()).isEqualTo(2);
      assertThat(again).as("the skipped row is remembered: no rebuild on every open").isEmpty();
    }
  }
}
