package org.vigie.app.export;

import java.io.IOException;
import java.util.List;

/** Where an export's rows go, one at a time, in the order of its table's columns. */
interface RowSink {
  /** @param values one per column; null for an empty value, else a String, Long, Boolean or LocalDate */
  void row(List<?> values) throws IOException;

  /** Writes what is buffered; the caller closes the stream. */
  void finish() throws IOException;
}
