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
  private static final String ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
      + "application/json, application/x-ndjson, text/plain;q=0.9, */*;q=0.5";

  private final SourceReader reader;
  private final Fetcher fetcher;

  public Ingestor(IngestOptions options) {
    this(options, new Fetcher(options.httpTimeout(), options.maxArticleBytes(), options.allowPrivateRedirects(),
        java.time.Duration.ZERO));
  }

  /** An ingestor that downloads through {@code fetcher} (shared with a feed watcher, say). */
  public Ingestor(IngestOptions options, Fetcher fetcher) {
    Objects.requireNonNull(options, "options");
    this.reader = new SourceReader(options);
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /**
   * Reads files, directories (recursively, sorted, skipping hidden files) and http(s) URLs, in the given order.
   * Exact duplicates within the read (same id or same title and body) are reported once, against the first.
   */
  public IngestResult read(List<String> pathsOrUrls) {
    ResultCollector results = new ResultCollector();
    read(pathsOrUrls, results);
    return results.result();
  }

  /**
   * Reads as {@link #read(List)} does, handing each article, duplicate, error and skipped file to {@code sink} as
   * soon as it is read: a JSON Lines file of any size streams through, one line at a time.
   */
  public void read(List<String> pathsOrUrls, ReadSink sink) {
    ReadDeduplicator results = new ReadDeduplicator(sink);
    for (String input : pathsOrUrls) {
      if (Fetcher.isUrl(input)) {
        results.add(readUrl(input));
      } else {
        readPath(input, results, sink);
      }
    }
  }

  /**
   * Reads content received by other means, such as an HTTP POST.
   *
   * @param sourceName  the name reported as the articles' source; its extension hints at the format
   * @param contentType the Content-Type that came with the content, if any; the content itself has the last word
   */
  public IngestResult read(String sourceName, byte[] content, @Nullable String contentType) {
    ResultCollector collected = new ResultCollector();
    ReadDeduplicator results = new ReadDeduplicator(collected);
    reader.read(sourceName, new Content.OfBytes(content), contentType, null, results::add);
    return collected.result();
  }

  private Batch<Article> readUrl(String url) {
    java.net.URI uri;
    try {
      uri = Fetcher.httpUri(url);
    } catch (IllegalArgumentException e) {
      return Batch.failed(url, e.getMessage());
    }
    Fetcher.Response response;
    try {
      response = fetcher.fetch(uri, Fetcher.Validators.NONE, ACCEPT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Batch.failed(url, "interrupted");
    }
    if (response.outcome() != Fetcher.Outcome.FETCHED) {
      return Batch.failed(url, response.message());
    }
    return read(url, response.body(), response.contentType(), response.uri());
  }

  /** Reads one document that is small enough to hold (a download, a post) into one batch. */
  private Batch<Article> read(String source, byte[] content, @Nullable String contentType, java.net.@Nullable URI origin) {
    java.util.List<Batch<Article>> parts = new java.util.ArrayList<>();
    reader.read(source, new Content.OfBytes(content), contentType, origin, parts::add);
    return parts.stream().reduce(Batch.empty(), Batch::plus);
  }

  private void readPath(String input, ReadDeduplicator results, ReadSink sink) {
    SourceWalker.Walk walk = SourceWalker.walk(input);
    walk.errors().forEach(sink::error);
    walk.skipped().forEach(sink::skipped);
    for (SourceWalker.SourceFile file : walk.files()) {
      reader.read(file.name(), new Content.OfFile(file.path()), null, null, results::add);
    }
  }
}
