package org.vigie.cli;

import java.io.PrintWriter;
import org.vigie.model.AnalysisReport;

/** How {@code analyze} prints its report. */
enum OutputFormat {
  JSON {
    @Override
    void write(AnalysisReport report, PrintWriter out) {
      ReportJson.write(report, out);
    }
  },
  TEXT {
    @Override
    void write(AnalysisReport report, PrintWriter out) {
      new TextReport(out).print(report);
    }
  };

  abstract void write(AnalysisReport report, PrintWriter out);
}
