package org.vigie.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.app.IngestListener;
import org.vigie.app.Vigie;
import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.localengines.LocalEngines;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.store.Store;

/**
 * Issue 14: when the storyteller's batch returns, its articles are searchable from another process's store (a
 * server's), without waiting for OpenSearch's own refresh interval.
 */
class SearchableOnReturnIT {
  @Test
  void issue14_batchStoredByTheWriter_isSearchableFromAnotherStore_assoonAsItReturns() {
    LocalEngines.Locations at = LocalEngines.freshStore();
    Article article = new Article("lock-keepers-1", "handmade", null, "Le Courrier",
        "Les éclusiers de Quenvoise votent la grève", LocalDate.of(2026, 3, 5), "fr",
        "Les éclusiers de Quenvoise ont voté la grève jeudi. Claire Montval a déclaré « le canal restera fermé ».",
        Map.of());
    AnalyzedArticle analysed = HandmadePipeline.create().analyze(article);
    try (Vigie writer = Vigie.open(Store.openServer(at.postgresUrl(), at.opensearch()), () -> {
          throw new AssertionError("the writer analyses nothing here");
        }, 1);
        Store server = Store.openServer(at.postgresUrl(), at.opensearch())) {
      assertThat(server.search("Quenvoise", 1).total()).isZero(); // the server's searches begin before the write
      writer.ingest().storeAnalysed(List.of(analysed), new IngestListener() {});
      assertThat(server.search("Quenvoise", 1).total()).isEqualTo(1);
    }
  }
}
