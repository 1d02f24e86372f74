package org.vigie.server;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.ingest.Redirects;

/**
 * Polls RSS/Atom feeds and ingests what they carry. Politely: each host's robots.txt is read once and obeyed, two
 * requests to one host are at least the politeness delay apart (or the robots.txt crawl delay, when longer), and a
 * feed is fetched again with its ETag and Last-Modified so an unchanged feed costs a 304. Only http and https URLs
 * are accepted; redirects are followed through {@link Redirects}, which refuses one to another origin on a private
 * address unless allowed. One watcher polls from one thread.
 */
public final class FeedWatcher {
  /** The agent name sent and looked up in robots.txt. */
  public static final String AGENT = "VigieBot";
  private static final String USER_AGENT = AGENT + "/0.1 (+news-intelligence feed reader)";
  private static final long MAX_CRAWL_DELAY_MS = 60_000;
  private static final int MAX_ROBOTS_BYTES = 512 * 1024;

  /** What one poll of one feed did. */
  public enum Outcome { INGESTED, NOT_MODIFIED, DISALLOWED, FAILED }

  /**
   * @param report  what the ingest did, for {@link Outcome#INGESTED}
   * @param message why, for the other outcomes
   */
  public record Poll(URI feed, Outcome outcome, @Nullable IngestReport report, String message) {}

  private record Validators(@Nullable String etag, @Nullable String lastModified) {}

  private final IngestService ingest;
  private final HttpClient http;
  private final Duration politeness;
  private final Duration timeout;
  private final long maxBytes;
  private final boolean allowPrivateRedirects;
  private final Ingestor reader = new Ingestor(IngestOptions.defaults());
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> robots = new HashMap<>();
  private final Map<String, Long> lastRequest = new HashMap<>();
  private final Map<URI, Validators> validators = new HashMap<>();

  public FeedWatcher(IngestService ingest, Duration politeness) {
    this(ingest, politeness, false);
  }

  /** @param allowPrivateRedirects whether a redirect to another origin may lead to a loopback or private address */
  public FeedWatcher(IngestService ingest, Duration politeness, boolean allowPrivateRedirects) {
    this.ingest = Objects.requireNonNull(ingest, "ingest");
    this.allowPrivateRedirects = allowPrivateRedirects;
    if (politeness.isNegative()) {
      throw new IllegalArgumentException("the politeness delay must not be negative");
    }
    this.politeness = politeness;
    this.timeout = IngestOptions.DEFAULT_HTTP_TIMEOUT;
    this.maxBytes = IngestOptions.DEFAULT_MAX_ARTICLE_BYTES;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * Parses a feed URL.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) URL with a host
   */
  public static URI feedUri(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: '" + url + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("only http and https feeds can be watched, not '" + url + "'");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("the feed URL has no host: '" + url + "'");
    }
    return uri;
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
    try {
      BaseRobotRules rules = rules(feed);
      if (rules.isDeferVisits()) {
        robots.remove(origin(feed)); // read it again on the next poll
        return new Poll(feed, Outcome.FAILED, null,
            "the robots.txt of " + feed.getHost() + " could not be read (server error or unreachable)");
      }
      if (!rules.isAllowed(feed.toString())) {
        return new Poll(feed, Outcome.DISALLOWED, null, "robots.txt of " + feed.getHost() + " disallows it");
      }
      Validators known = validators.get(feed);
      HttpResponse<InputStream> response = Redirects.follow(feed, allowPrivateRedirects, uri -> {
        HttpRequest.Builder request = request(uri);
        if (known != null && known.etag() != null) {
          request.header("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
          request.header("If-Modified-Since", known.lastModified());
        }
        return send(feed, request.build(), rules);
      });
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status == 304) {
          return new Poll(feed, Outcome.NOT_MODIFIED, null, "not modified");
        }
        if (status != 200) {
          return new Poll(feed, Outcome.FAILED, null, "HTTP " + status);
        }
        byte[] bytes = body.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
          return new Poll(feed, Outcome.FAILED, null, "the feed is larger than " + maxBytes + " bytes");
        }
        validators.put(feed, new Validators(response.headers().firstValue("ETag").orElse(null),
            response.headers().firstValue("Last-Modified").orElse(null)));
        String type = response.headers().firstValue("Content-Type").orElse(null);
        IngestReport report = ingest.ingest(reader.read(feed.toString(), bytes, type));
        return new Poll(feed, Outcome.INGESTED, report, report.added().size() + " new article(s)");
      }
    } catch (IOException e) {
      return new Poll(feed, Outcome.FAILED, null, e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  private BaseRobotRules rules(URI feed) throws InterruptedException {
    String origin = origin(feed);
    BaseRobotRules known = robots.get(origin);
    if (known != null) {
      return known;
    }
    URI robotsUri = URI.create(origin + "/robots.txt");
    BaseRobotRules rules;
    try {
      HttpResponse<InputStream> response =
          Redirects.follow(robotsUri, allowPrivateRedirects, uri -> send(feed, request(uri).build(), null));
      try (InputStream body = response.body()) {
        if (response.statusCode() == 200) {
          rules = robotsParser.parseContent(robotsUri.toString(), body.readNBytes(MAX_ROBOTS_BYTES),
              response.headers().firstValue("Content-Type").orElse("text/plain"), List.of(AGENT.toLowerCase(Locale.ROOT)));
        } else {
          rules = robotsParser.failedFetch(response.statusCode());
        }
      }
    } catch (IOException e) {
      rules = robotsParser.failedFetch(500); // unreachable: defer, as for a server error
    }
    robots.put(origin, rules);
    return rules;
  }

  private HttpResponse<InputStream> send(URI feed, HttpRequest request, @Nullable BaseRobotRules rules)
      throws IOException, InterruptedException {
    String origin = origin(feed);
    long delay = politeness.toMillis();
    if (rules != null && rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
      delay = Math.max(delay, Math.min(MAX_CRAWL_DELAY_MS, rules.getCrawlDelay()));
    }
    Long last = lastRequest.get(origin);
    if (last != null) {
      long wait = last + delay - System.currentTimeMillis();
      if (wait > 0) {
        Thread.sleep(wait);
      }
    }
    lastRequest.put(origin, System.currentTimeMillis());
    return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
  }

  private HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT)
        .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
  }

  private static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
  }
}
