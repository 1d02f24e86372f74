package org.vigie.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.vigie.model.AnalysisReport;

/** The analyze contract as JSON: pretty-printed, nulls kept so every field is always present. */
final class ReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private ReportJson() {}

  static void write(AnalysisReport report, Writer out) {
    try {
      MAPPER.writeValue(out, report);
      out.write(System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report", e);
    }
  }
}
