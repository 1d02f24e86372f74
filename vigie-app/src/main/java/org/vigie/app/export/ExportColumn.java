package org.vigie.app.export;

/** One column of an export: its name, its type (as Parquet and JSON Lines carry it) and what it holds. */
public record ExportColumn(String name, Type type, String description) {
  public enum Type {
    TEXT("VARCHAR"), INTEGER("BIGINT"), DATE("DATE"), BOOLEAN("BOOLEAN");

    private final String sqlType;

    Type(String sqlType) {
      this.sqlType = sqlType;
    }

    /** The DuckDB type of the column. */
    String sqlType() {
      return sqlType;
    }
  }
}
