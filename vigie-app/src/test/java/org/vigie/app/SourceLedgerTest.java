package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.fixtures.Corpus;
import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.store.SourceDay;

class SourceLedgerTest {
  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

  private static List<SourceDay> daily(String outlet, String from, int days, int every) {
    List<SourceDay> out = new ArrayList<>();
    for (int d = 0; d < days; d += every) {
      out.add(new SourceDay(outlet, LocalDate.parse(from).plusDays(d), 2, 0, 0, AT, AT));
    }
    return out;
  }

  @Test
  void aSourceSilentForMoreThanThreeUsualGaps_isFlagged_andOnlyIt() {
    List<SourceDay> lines = new ArrayList<>();
    lines.addAll(daily("Daily Post", "2026-03-01", 30, 1));      // every day up to 03-30
    lines.addAll(daily("Stopped Wire", "2026-03-01", 20, 1));    // every day, then nothing after 03-20
    lines.addAll(daily("Weekly Review", "2026-03-02", 29, 7));   // weekly, last on 03-23: 7 days ago
    lines.addAll(daily("New Outlet", "2026-03-01", 2, 1));       // two days only: no usual gap yet

    SourceLedger ledger = SourceLedger.of(lines);

    assertThat(ledger.reference()).isEqualTo(LocalDate.parse("2026-03-30"));
    assertThat(ledger.stopped()).extracting(SourceLedger.Source::outlet).containsExactly("Stopped Wire");
    SourceLedger.Source stopped = ledger.stopped().getFirst();
    assertThat(stopped.usualGapDays()).isEqualTo(1);
    assertThat(stopped.lastArticle()).isEqualTo(LocalDate.parse("2026-03-20"));
    assertThat(stopped.articles()).isEqualTo(40);
    assertThat(ledger.sources()).filteredOn(s -> s.outlet().equals("Weekly Review"))
        .singleElement().satisfies(s -> assertThat(s.usualGapDays()).isEqualTo(7));
    assertThat(ledger.summaryLine()).contains("4 outlet(s)").contains("stopped: Stopped Wire");
  }

  @Test
  void aSourceJustUnderThreeGaps_isNotFlagged() {
    List<SourceDay> lines = new ArrayList<>();
    lines.addAll(daily("A", "2026-03-01", 10, 2));  // 03-01 .. 03-09, every 2 days
    lines.add(new SourceDay("B", LocalDate.parse("2026-03-15"), 1, 0, 0, AT, AT)); // reference: 6 days after A's last
    assertThat(SourceLedger.of(lines).stopped()).isEmpty();
    lines.add(new SourceDay("B", LocalDate.parse("2026-03-16"), 1, 0, 0, AT, AT)); // 7 days: over 3 × 2
    assertThat(SourceLedger.of(lines).stopped()).extracting(SourceLedger.Source::outlet).containsExactly("A");
  }

  @Test
  void ingest_countsArticlesDuplicatesAndErrorsPerOutletAndDay(@TempDir Path dir) {
    byte[] input = Corpus.ARTICLES.getBytes(StandardCharsets.UTF_8);
    byte[] broken = "[{\"id\": \"x\", \"title\": ".getBytes(StandardCharsets.UTF_8);
    try (Vigie vigie = Vigie.open(dir, HandmadePipeline::create, 1)) {
      Ingestor ingestor = new Ingestor(IngestOptions.defaults());
      vigie.ingest().ingest(ingestor.read("corpus.json", input, "application/json"));
      vigie.ingest().ingest(ingestor.read("again.json", input, "application/json"));
      var report = vigie.ingest().ingest(ingestor.read("https://feeds.example.org/broken.json", broken,
          "application/json"));
      assertThat(report.errors()).isNotEmpty();

      SourceLedger ledger = SourceLedger.of(vigie.store().sourceDays());
      SourceLedger.Source plaine = ledger.sources().stream()
          .filter(s -> s.outlet().equals("Le Quotidien de la Plaine")).findFirst().orElseThrow();
      assertThat(plaine.articles()).isEqualTo(1);
      assertThat(plaine.duplicates()).isEqualTo(1);
      assertThat(plaine.firstArticle()).isEqualTo(LocalDate.parse("2026-03-03"));
      assertThat(plaine.days()).singleElement().satisfies(d -> assertThat(d.day()).isEqualTo(plaine.firstArticle()));
      SourceLedger.Source feed = ledger.sources().stream()
          .filter(s -> s.outlet().equals("feeds.example.org")).findFirst().orElseThrow();
      assertThat(feed.errors()).isEqualTo(report.errors().size());
      assertThat(feed.articles()).isZero();
      assertThat(ledger.sources().stream().mapToLong(SourceLedger.Source::articles).sum()).isEqualTo(3);
      assertThat(ledger.sources().stream().mapToLong(SourceLedger.Source::duplicates).sum()).isEqualTo(3);
    }
  }
}
