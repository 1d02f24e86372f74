package org.vigie.app.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV (Commons CSV), UTF-8, a header row of the column names; an empty value is an empty field. */
final class CsvSink implements RowSink {
  private final CSVPrinter csv;

  CsvSink(List<ExportColumn> columns, OutputStream out) throws IOException {
    this.csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
        CSVFormat.RFC4180.builder()
            .setHeader(columns.stream().map(ExportColumn::name).toArray(String[]::new))
            .get());
  }

  @Override
  public void row(List<?> values) throws IOException {
    csv.printRecord(values);
  }

  @Override
  public void finish() throws IOException {
    csv.flush();
  }
}
