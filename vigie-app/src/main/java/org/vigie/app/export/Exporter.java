package org.vigie.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.vigie.store.ArticleFilter;
import org.vigie.store.Store;

/**
 * Exports what a filter matches as one table, in one format, without a cap on rows: the CLI's {@code vigie export}
 * and the API's {@code GET /api/export} both write through it. Everything goes through the {@link Store} port,
 * read a page at a time; JSON Lines and CSV stream straight to the output, Parquet goes through a scratch DuckDB
 * file (see {@link ParquetSink}) and is then copied to the output.
 */
public final class Exporter {
  private Exporter() {}

  /**
   * Writes the export to {@code out} (left open); returns the number of rows.
   *
   * @throws org.vigie.store.InvalidQueryException when the filter's query is malformed (before anything is written)
   */
  public static long export(Store store, ArticleFilter filter, ExportTable table, ExportFormat format,
      OutputStream out) throws IOException {
    store.articles(filter, 0, 1); // a malformed query fails here, before any byte is written
    return switch (format) {
      case JSONL -> ExportRows.write(store, filter, table, new JsonLinesSink(table.columns(), out));
      case CSV -> ExportRows.write(store, filter, table, new CsvSink(table.columns(), out));
      case PARQUET -> parquet(store, filter, table, out);
    };
  }

  private static long parquet(Store store, ArticleFilter filter, ExportTable table, OutputStream out)
      throws IOException {
    Path scratch = Files.createTempDirectory("vigie-export-");
    try {
      Path file = scratch.resolve("export.parquet");
      long rows = ExportRows.write(store, filter, table, new ParquetSink(table.columns(), scratch, file));
      Files.copy(file, out);
      return rows;
    } finally {
      deleteTree(scratch);
    }
  }

  /** The file name an export of this table and format is offered under. */
  public static String fileName(ExportTable table, ExportFormat format) {
    return "vigie-" + table.label() + "." + format.extension();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
