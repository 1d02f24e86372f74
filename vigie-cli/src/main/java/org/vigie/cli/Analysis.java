package org.vigie.cli;

import java.io.PrintWriter;
import java.util.List;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Ingestor;
import org.vigie.ingest.Skipped;
import org.vigie.model.AnalysisReport;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Duplicate;
import org.vigie.model.ItemError;
import org.vigie.stories.clustering.ClusteringConfig;

/** Reads the inputs, analyses every article once, and gathers the report. */
final class Analysis {
  private final Ingestor ingestor;
  private final int threads;
  private final PrintWriter progress;

  Analysis(Ingestor ingestor, int threads, PrintWriter progress) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.ingestor = ingestor;
    this.threads = threads;
    this.progress = progress;
  }

  /** The articles of one run, analysed, with what could not be read. */
  record Analysed(List<AnalyzedArticle> articles, List<Duplicate> duplicates, List<ItemError> errors) {}

  /** Reads, analyses, and groups the articles into stories (clustered under {@code config}) with their dossiers. */
  AnalysisReport run(List<String> inputs, ClusteringConfig config) {
    Analysed analysed = analyse(inputs);
    return new AnalysisReport(analysed.articles(), StoryReports.of(analysed.articles(), config),
        analysed.duplicates(), analysed.errors());
  }

  /** Reads and analyses the inputs, without story clustering. */
  Analysed analyse(List<String> inputs) {
    IngestResult read = ingestor.read(inputs);
    for (Skipped file : read.skipped()) {
      progress.println("skipped: " + file.source() + ": " + file.reason());
    }
    for (ItemError error : read.errors()) {
      progress.println("error: " + error.source() + ": " + error.message());
    }
    progress.printf("read %d article(s), %d duplicate(s), %d error(s); analysing on %d thread(s)%n",
        read.articles().size(), read.duplicates().size(), read.errors().size(), threads);
    progress.flush();

    List<AnalyzedArticle> analysed = read.articles().isEmpty()
        ? List.of()
        : NlpRuntime.pipeline().analyzeAll(read.articles(), threads);
    progress.printf("analysed %d article(s)%n", analysed.size());
    progress.flush();
    return new Analysed(analysed, read.duplicates(), read.errors());
  }
}
