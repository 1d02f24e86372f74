package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.EntityId;
import org.vigie.model.EntityType;

class FilterAndLedgerTest {
  @TempDir Path dir;

  /** More articles than one page of a walk, so paging (with and without a query) is exercised. */
  private static final int ARTICLES = EmbeddedStore.FILTER_PAGE + Store.WALK_PAGE * 2 + 37;

  @Test
  void count_countByDay_andWalk_agreeForEveryFilter_acrossPages() {
    try (Store store = Store.openEmbedded(dir)) {
      List<AnalyzedArticle> all = new ArrayList<>();
      for (int i = 0; i < ARTICLES; i++) {
        all.add(Generated.article(i));
        store.put(all.getLast(), null);
      }
      String speakerId = EntityId.of(EntityType.PERSON, "Marc Oyono");
      List<ArticleFilter> filters = List.of(
          ArticleFilter.all(),
          ArticleFilter.all().withQuery("négociations"),
          ArticleFilter.all().withQuery("talks").withOutlet("Agence 1"),
          ArticleFilter.all().withLanguage("en").withSince(LocalDate.parse("2026-02-10"))
              .withUntil(LocalDate.parse("2026-02-20")),
          ArticleFilter.all().withEntity(speakerId),
          ArticleFilter.all().withQuery("Dakar").withEntity(speakerId));
      for (ArticleFilter filter : filters) {
        List<AnalyzedArticle> expected = all.stream().filter(a -> matches(a, filter)).toList();
        List<String> walked = new ArrayList<>();
        long[] lastSequence = {0};
        store.forEachArticle(filter, stored -> {
          assertThat(stored.sequence()).isGreaterThan(lastSequence[0]);
          lastSequence[0] = stored.sequence();
          walked.add(stored.article().id());
        });
        assertThat(walked).as("walk of %s", filter).containsExactlyElementsOf(
            expected.stream().map(AnalyzedArticle::id).toList());
        assertThat(store.count(filter)).as("count of %s", filter).isEqualTo(expected.size());
        List<String> paged = new ArrayList<>();
        for (List<StoredArticle> page = store.articles(filter, 0, 7); !page.isEmpty();
            page = store.articles(filter, page.getLast().sequence(), 7)) {
          page.forEach(a -> paged.add(a.article().id()));
        }
        assertThat(paged).as("pages of %s", filter).isEqualTo(walked);
        Map<LocalDate, Long> byDay = new TreeMap<>();
        expected.forEach(a -> byDay.merge(LocalDate.parse(a.published()), 1L, Long::sum));
        assertThat(store.countByDay(filter)).as("by day of %s", filter).containsExactlyElementsOf(
            byDay.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue())).toList());
      }
      assertThat(store.count(ArticleFilter.all().withQuery("négociations"))).isPositive()
          .isLessThan(ARTICLES);
    }
  }

  @Test
  void malformedQuery_isRefusedByEveryWalk() {
    try (Store store = Store.openEmbedded(dir)) {
      store.put(Generated.article(1), null);
      ArticleFilter bad = ArticleFilter.all().withQuery("(unbalanced");
      assertThatThrownBy(() -> store.count(bad)).isInstanceOf(InvalidQueryException.class);
      assertThatThrownBy(() -> store.forEachArticle(bad, a -> {})).isInstanceOf(InvalidQueryException.class);
    }
  }

  @Test
  void ledger_countsArticlesAtPut_andOutcomesUnderTheStoredArticleOrTheSourceHost() {
    try (Store store = Store.openEmbedded(dir)) {
      store.put(Articles.genevaFr(), null);
      store.put(Articles.genevaEn(), null);
      store.put(Articles.genevaFr(), null); // a duplicate put is not an article
      store.recordOutcome(IngestOutcome.DUPLICATE, "fr-geneve-1", "again.json");
      store.recordOutcome(IngestOutcome.ERROR, null, "https://www.example.net/feed.xml");

      List<SourceDay> days = store.sourceDays();
      SourceDay lac = days.stream().filter(d -> d.outlet().equals("Le Quotidien du Lac")).findFirst().orElseThrow();
      assertThat(lac.day()).isEqualTo(LocalDate.parse("2026-03-10"));
      assertThat(lac.articles()).isEqualTo(1);
      assertThat(lac.duplicates()).isEqualTo(1);
      assertThat(lac.errors()).isZero();
      assertThat(lac.lastAt()).isAfterOrEqualTo(lac.firstAt());
      SourceDay net = days.stream().filter(d -> d.outlet().equals("example.net")).findFirst().orElseThrow();
      assertThat(net.errors()).isEqualTo(1);
      assertThat(net.articles()).isZero();
      assertThat(days.stream().mapToLong(SourceDay::articles).sum()).isEqualTo(store.health().articles());
    }
    // The ledger is in the database: it survives reopening.
    try (Store store = Store.openEmbedded(dir)) {
      assertThat(store.sourceDays().stream().mapToLong(SourceDay::errors).sum()).isEqualTo(1);
    }
  }

  private static boolean matches(AnalyzedArticle a, ArticleFilter f) {
    String text = (a.title() + " " + a.article().body()).toLowerCase(java.util.Locale.ROOT);
    LocalDate published = LocalDate.parse(a.published());
    return (!f.hasQuery() || text.contains(f.query().toLowerCase(java.util.Locale.ROOT)))
        && (f.since() == null || !published.isBefore(f.since()))
        && (f.until() == null || !published.isAfter(f.until()))
        && (f.outlet() == null || f.outlet().equals(a.outlet()))
        && (f.language() == null || f.language().equals(a.language()))
        && (f.entityId() == null || a.entities().stream()
            .anyMatch(e -> EntityId.of(e.type(), e.name()).equals(f.entityId())));
  }
}
