package org.vigie.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Parquet through DuckDB: rows are appended to a table of a DuckDB database file in a scratch directory (DuckDB
 * keeps a bounded buffer and spills to that file, under a memory limit), then {@code COPY ... TO ... (FORMAT
 * PARQUET)} writes the file by row groups. Memory stays bounded whatever the number of rows; the disk holds the
 * rows twice for a moment.
 */
final class ParquetSink implements RowSink {
  private static final String TABLE = "export_rows";
  /** DuckDB's memory limit for the export: past it, it spills to the scratch directory. */
  private static final String MEMORY_LIMIT = "256MB";

  private final List<ExportColumn> columns;
  private final Path target;
  private final Connection db;
  private final DuckDBAppender appender;

  /** @param scratch an empty directory of the caller's, deleted by the caller afterwards */
  ParquetSink(List<ExportColumn> columns, Path scratch, Path target) throws IOException {
    this.columns = columns;
    this.target = target;
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      db = DriverManager.getConnection("jdbc:duckdb:" + scratch.resolve("export.duckdb"));
      try (Statement st = db.createStatement()) {
        st.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
        st.execute("SET threads = 1");
        st.execute("SET temp_directory = '" + literal(scratch.resolve("spill").toString()) + "'");
        st.execute("CREATE TABLE " + TABLE + " (" + columns.stream()
            .map(c -> "\"" + c.name() + "\" " + c.type().sqlType()).collect(Collectors.joining(", ")) + ")");
      }
      appender = db.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE);
    } catch (SQLException | ClassNotFoundException e) {
      throw new IOException("cannot start a Parquet export with DuckDB: " + e.getMessage(), e);
    }
  }

  @Override
  public void row(List<?> values) throws IOException {
    try {
      appender.beginRow();
      for (int i = 0; i < columns.size(); i++) {
        Object v = values.get(i);
        switch (v) {
          case null -> appender.appendNull();
          case Long n -> appender.append(n.longValue());
          case Boolean b -> appender.append(b.booleanValue());
          case LocalDate d -> appender.append(d);
          default -> appender.append(v.toString());
        }
      }
      appender.endRow();
    } catch (SQLException e) {
      throw new IOException("cannot append a row to the Parquet export: " + e.getMessage(), e);
    }
  }

  @Override
  public void finish() throws IOException {
    try {
      appender.close();
      try (Statement st = db.createStatement()) {
        st.execute("COPY " + TABLE + " TO '" + literal(target.toString()) + "' (FORMAT PARQUET)");
      }
    } catch (SQLException e) {
      throw new IOException("cannot write the Parquet file " + target + ": " + e.getMessage(), e);
    } finally {
      try {
        db.close();
      } catch (SQLException ignored) {
        // the file is written or the error above is the one to report
      }
    }
  }

  private static String literal(String text) {
    return text.replace("'", "''");
  }
}
