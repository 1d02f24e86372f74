package org.vigie.app;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigie.ingest.Fetcher;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;

/**
 * Polls RSS/Atom feeds and ingests what they carry, through Vigie's one {@link Fetcher}: each host's robots.txt is
 * read once and obeyed, two requests to one host are at least the politeness delay apart (or the robots.txt crawl
 * delay, when longer), and a feed is fetched again with its ETag and Last-Modified so an unchanged feed costs a 304.
 * Only http and https URLs are accepted; a redirect to another origin on a private address is refused unless
 * allowed. One watcher polls from one thread.
 */
public final class FeedWatcher {
  private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5";

  /** What one poll of one feed did. */
  public enum Outcome { INGESTED, NOT_MODIFIED, DISALLOWED, FAILED }

  /**
   * @param report  what the ingest did, for {@link Outcome#INGESTED}
   * @param message why, for the other outcomes
   */
  public record Poll(URI feed, Outcome outcome, @Nullable IngestReport report, String message) {}

  private final IngestService ingest;
  private final Fetcher fetcher;
  private final Ingestor reader;
  private final Map<URI, Fetcher.Validators> validators = new HashMap<>();

  public FeedWatcher(IngestService ingest, Duration politeness) {
    this(ingest, politeness, false);
  }

  /** @param allowPrivateRedirects whether a redirect to another origin may lead to a loopback or private address */
  public FeedWatcher(IngestService ingest, Duration politeness, boolean allowPrivateRedirects) {
    this.ingest = Objects.requireNonNull(ingest, "ingest");
    IngestOptions options = IngestOptions.defaults().withAllowPrivateRedirects(allowPrivateRedirects);
    this.fetcher = new Fetcher(options.httpTimeout(), options.maxArticleBytes(), allowPrivateRedirects, politeness);
    this.reader = new Ingestor(options, fetcher);
  }

  /**
   * Parses a feed URL.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) URL with a host
   */
  public static URI feedUri(String url) {
    try {
      return Fetcher.httpUri(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot watch '" + url + "': " + e.getMessage());
    }
  }

  /** Polls every feed once, in order. */
  public List<Poll> pollAll(List<URI> feeds) throws InterruptedException {
    List<Poll> polls = new ArrayList<>();
    for (URI feed : feeds) {
      polls.add(poll(feed));
    }
    return polls;
  }

  public Poll poll(URI feed) throws InterruptedException {
    try {
      feedUri(feed.toString());
    } catch (IllegalArgumentException e) {
      return new Poll(feed, Outcome.FAILED, null, e.getMessage());
    }
    Fetcher.Response response = fetcher.fetch(feed, validators.getOrDefault(feed, Fetcher.Validators.NONE), ACCEPT);
    return switch (response.outcome()) {
      case NOT_MODIFIED -> new Poll(feed, Outcome.NOT_MODIFIED, null, "not modified");
      case DISALLOWED -> new Poll(feed, Outcome.DISALLOWED, null, response.message());
      case FAILED -> new Poll(feed, Outcome.FAILED, null, response.message().replace("HTTP status ", "HTTP "));
      case FETCHED -> {
        validators.put(feed, response.validators());
        IngestReport report = ingest.ingest(reader.read(feed.toString(), response.body(), response.contentType()));
        yield new Poll(feed, Outcome.INGESTED, report, report.added().size() + " new article(s)");
      }
    };
  }
}
