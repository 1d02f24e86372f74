package org.vigie.app;

import java.util.List;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Ingestor;
import org.vigie.ingest.ReadSink;

/** Where an ingest reads from: it hands its items to a sink one at a time, as it reads them. */
@FunctionalInterface
public interface ArticleSource {
  void readInto(ReadSink sink);

  /** Files, folders and URLs, streamed by {@code ingestor}. */
  static ArticleSource of(Ingestor ingestor, List<String> pathsOrUrls) {
    return sink -> ingestor.read(pathsOrUrls, sink);
  }

  /** A read already held whole. */
  static ArticleSource of(IngestResult read) {
    return sink -> {
      read.errors().forEach(sink::error);
      read.skipped().forEach(sink::skipped);
      read.duplicates().forEach(sink::duplicate);
      read.articles().forEach(sink::article);
    };
  }
}
