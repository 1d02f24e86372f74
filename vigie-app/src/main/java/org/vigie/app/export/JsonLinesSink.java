package org.vigie.app.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** One JSON object per row and line, keys in column order, UTF-8. */
final class JsonLinesSink implements RowSink {
  private final List<ExportColumn> columns;
  private final JsonGenerator json;

  JsonLinesSink(List<ExportColumn> columns, OutputStream out) throws IOException {
    this.columns = columns;
    this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null);
  }

  @Override
  public void row(List<?> values) throws IOException {
    json.writeStartObject();
    for (int i = 0; i < columns.size(); i++) {
      json.writeFieldName(columns.get(i).name());
      Object v = values.get(i);
      switch (v) {
        case null -> json.writeNull();
        case Long n -> json.writeNumber(n);
        case Boolean b -> json.writeBoolean(b);
        default -> json.writeString(v.toString());
      }
    }
    json.writeEndObject();
    json.writeRaw('\n');
  }

  @Override
  public void finish() throws IOException {
    json.flush();
  }
}
