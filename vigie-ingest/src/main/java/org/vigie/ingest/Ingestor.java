package org.vigie.ingest;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Article;
import org.vigie.model.Batch;

/**
 * Reads news articles from files, directories, http(s) URLs or raw bytes, in plain text, JSON, JSON Lines, HTML or
 * RSS/Atom. A bad input never stops a read: it becomes an error naming it (and the line or item inside it), and
 * every input yields at least one article, duplicate or error. Thread-safe; reads share nothing but the HTTP
 * client.
 */
public final class Ingestor {
  private final SourceReader reader;
  private final UrlFetcher fetcher;

  public Ingestor(IngestOptions options) {
    Objects.requireNonNull(options, "options");
    this.reader = new SourceReader(options);
    this.fetcher = new UrlFetcher(options.httpTimeout(), options.maxArticleBytes(), options.allowPrivateRedirects());
  }

  /**
   * Reads files, directories (recursively, sorted, skipping hidden files) and http(s) URLs, in the given order.
   * Exact duplicates within the read (same id or same title and body) are reported once, against the first.
   */
  public IngestResult read(List<String> pathsOrUrls) {
    ResultCollector results = new ResultCollector();
    for (String input : pathsOrUrls) {
      if (UrlFetcher.isUrl(input)) {
        results.add(readUrl(input));
      } else {
        readPath(input, results);
      }
    }
    return results.result();
  }

  /**
   * Reads content received by other means, such as an HTTP POST.
   *
   * @param sourceName  the name reported as the articles' source; its extension hints at the format
   * @param contentType the Content-Type that came with the content, if any; the content itself has the last word
   */
  public IngestResult read(String sourceName, byte[] content, @Nullable String contentType) {
    ResultCollector results = new ResultCollector();
    results.add(reader.read(sourceName, new Content.OfBytes(content), contentType, null));
    return results.result();
  }

  private Batch<Article> readUrl(String url) {
    Batch<UrlFetcher.Fetched> download = fetcher.fetch(url);
    if (download.items().isEmpty()) {
      return new Batch<>(List.of(), download.errors());
    }
    UrlFetcher.Fetched fetched = download.items().getFirst();
    return reader.read(url, new Content.OfBytes(fetched.body()), fetched.contentType(), fetched.uri());
  }

  private void readPath(String input, ResultCollector results) {
    SourceWalker.Walk walk = SourceWalker.walk(input);
    results.add(new Batch<>(List.of(), walk.errors()));
    results.skip(walk.skipped());
    for (SourceWalker.SourceFile file : walk.files()) {
      results.add(reader.read(file.name(), new Content.OfFile(file.path()), null, null));
    }
  }
}
