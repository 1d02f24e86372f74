package org.vigie.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.Vigie;
import org.vigie.app.fixtures.GeneratedArticles;
import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.store.ArticleFilter;
import org.vigie.store.InvalidQueryException;
import org.vigie.store.Store;

/**
 * Every table in every format, read back with another reader (Jackson, Commons CSV, DuckDB for Parquet): the row
 * counts match what was ingested (known from the generated input, not from the export code), and text with commas,
 * double quotes, line breaks and accents survives.
 */
class ExportRoundTripTest {
  @TempDir static Path dir;
  private static Vigie vigie;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void ingest() {
    vigie = Vigie.open(dir.resolve("data"), HandmadePipeline::create, 1);
    byte[] input = GeneratedArticles.json(GeneratedArticles.COUNT).getBytes(StandardCharsets.UTF_8);
    var report = vigie.ingest().ingest(new Ingestor(IngestOptions.defaults()).read("gen.json", input,
        "application/json"));
    assertThat(report.added()).hasSize(GeneratedArticles.COUNT);
  }

  @AfterAll
  static void close() {
    vigie.close();
  }

  private static Store store() {
    return vigie.store();
  }

  private static long expectedRows(ExportTable table, ArticleFilter filter) {
    boolean agence1 = "Agence 1".equals(filter.outlet());
    return switch (table) {
      case ARTICLES -> GeneratedArticles.count(i -> !agence1 || i % 4 == 1);
      case MENTIONS -> GeneratedArticles.count(i -> !agence1 || i % 4 == 1)
          + GeneratedArticles.count(i -> (!agence1 || i % 4 == 1) && GeneratedArticles.namesRubio(i));
      case QUOTES -> GeneratedArticles.count(i -> !agence1 || i % 4 == 1)
          + GeneratedArticles.count(i -> (!agence1 || i % 4 == 1) && GeneratedArticles.quotesTwice(i));
      case ENTITIES -> 2;
      case STORIES -> agence1 ? -1 : store().health().stories();
    };
  }

  @Test
  void jsonLines_roundTrip_everyTable() throws IOException {
    for (ExportTable table : ExportTable.values()) {
      for (ArticleFilter filter : List.of(ArticleFilter.all(), ArticleFilter.all().withOutlet("Agence 1"))) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = Exporter.export(store(), filter, table, ExportFormat.JSONL, out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
          if (!line.isEmpty()) {
            lines.add(JSON.readTree(line));
          }
        }
        assertThat(lines).as("%s %s", table, filter).hasSize((int) rows);
        long expected = expectedRows(table, filter);
        if (expected >= 0) {
          assertThat(rows).as("%s %s", table, filter).isEqualTo(expected);
        }
        List<String> names = new ArrayList<>();
        lines.getFirst().fieldNames().forEachRemaining(names::add);
        assertThat(names).isEqualTo(table.columns().stream().map(ExportColumn::name).toList());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.export(store(), ArticleFilter.all().withQuery("marqueur7"), ExportTable.ARTICLES, ExportFormat.JSONL,
        out);
    JsonNode seven = JSON.readTree(out.toString(StandardCharsets.UTF_8).strip());
    assertThat(seven.get("body").asText()).isEqualTo(GeneratedArticles.body(7));
    assertThat(seven.get("entities").asLong()).isEqualTo(GeneratedArticles.namesRubio(7) ? 2 : 1);
  }

  @Test
  void csv_roundTrip_everyTable_keepsCommasQuotesAndLineBreaks() throws IOException {
    for (ExportTable table : ExportTable.values()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long rows = Exporter.export(store(), ArticleFilter.all(), table, ExportFormat.CSV, out);
      String csv = out.toString(StandardCharsets.UTF_8);
      assertThat(csv).contains("\r\n"); // RFC 4180 line ends
      try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
          .parse(new StringReader(csv))) {
        List<CSVRecord> records = parser.getRecords();
        assertThat(parser.getHeaderNames()).isEqualTo(table.columns().stream().map(ExportColumn::name).toList());
        assertThat(records).as("%s", table).hasSize((int) rows);
        assertThat((long) records.size()).as("%s", table).isEqualTo(expectedRows(table, ArticleFilter.all()));
        if (table == ExportTable.ARTICLES) {
          Map<String, String> bodies = new java.util.HashMap<>();
          records.forEach(r -> bodies.put(r.get("article_id"), r.get("body")));
          assertThat(bodies.get("gen-7")).isEqualTo(GeneratedArticles.body(7)).contains("\"", ",", "\n", "é");
        }
      }
    }
  }

  @Test
  void parquet_roundTrip_everyTable_readBackWithDuckDb() throws IOException, SQLException {
    for (ExportTable table : ExportTable.values()) {
      Path file = dir.resolve(Exporter.fileName(table, ExportFormat.PARQUET));
      long rows;
      try (var out = Files.newOutputStream(file)) {
        rows = Exporter.export(store(), ArticleFilter.all(), table, ExportFormat.PARQUET, out);
      }
      try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
          Statement st = duck.createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + file + "')")) {
        rs.next();
        assertThat(rs.getLong(1)).as("%s", table).isEqualTo(rows).isEqualTo(expectedRows(table, ArticleFilter.all()));
      }
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("SELECT body, published, typeof(published), typeof(quotes) FROM read_parquet('"
            + dir.resolve("vigie-articles.parquet") + "') WHERE article_id = 'gen-7'")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(GeneratedArticles.body(7));
      assertThat(rs.getString(2)).isEqualTo(GeneratedArticles.published(7));
      assertThat(rs.getString(3)).isEqualTo("DATE");
      assertThat(rs.getString(4)).isEqualTo("BIGINT");
    }
  }

  @Test
  void malformedQuery_failsBeforeAnythingIsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> Exporter.export(store(), ArticleFilter.all().withQuery("\"unclosed"),
        ExportTable.ARTICLES, ExportFormat.CSV, out)).isInstanceOf(InvalidQueryException.class);
    assertThat(out.size()).isZero();
  }
}
