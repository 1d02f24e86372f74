package org.vigie.app.export;

import java.util.Locale;

/** How an export is written. */
public enum ExportFormat {
  /** One JSON object per line, UTF-8; empty values are null, numbers and booleans typed. */
  JSONL("application/x-ndjson; charset=utf-8", "jsonl"),
  /** RFC 4180 (CRLF, double quotes), UTF-8, a header row; empty values are empty fields. */
  CSV("text/csv; charset=utf-8", "csv"),
  /** Apache Parquet, written by DuckDB, with typed columns. */
  PARQUET("application/vnd.apache.parquet", "parquet");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** The format of this name ({@code jsonl}, {@code csv}, {@code parquet}); an {@link IllegalArgumentException} names the choices. */
  public static ExportFormat of(String label) {
    for (ExportFormat f : values()) {
      if (f.extension.equals(label.strip().toLowerCase(Locale.ROOT))) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + label + "': choose jsonl, csv or parquet");
  }
}
