package org.vigie.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Vigie's one HTTP client, for the URLs a user gives ({@code ingest}, {@code analyze}) and the feeds it watches: one
 * User-Agent, and every site's robots.txt read once and obeyed, whoever asks. Two requests to one host are at least
 * the politeness delay apart (or the robots.txt crawl delay, when longer, up to a minute). Redirects are followed
 * one hop at a time through {@link Redirects}, which refuses one to another origin on a private address unless
 * allowed; the whole exchange must finish within the time limit and the body within the size limit. A known ETag
 * and Last-Modified make the request conditional, so an unchanged feed costs a 304. Thread-safe.
 */
public final class Fetcher {
  /** The agent name sent, and looked up in robots.txt. */
  public static final String AGENT = "VigieBot";
  public static final String USER_AGENT = AGENT + "/0.1 (+news-intelligence reader)";
  private static final long MAX_CRAWL_DELAY_MS = 60_000;
  private static final int MAX_ROBOTS_BYTES = 512 * 1024;
  private static final Pattern URL_LIKE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  /** What one fetch came to. */
  public enum Outcome {
    /** A 2xx answer: the body is there. */
    FETCHED,
    /** A 304 to a conditional request: nothing changed. */
    NOT_MODIFIED,
    /** The site's robots.txt disallows the URL: nothing was asked. */
    DISALLOWED,
    /** Anything else; the message says what. */
    FAILED
  }

  /** The validators of an answer, to make the next request for the same URL conditional. */
  public record Validators(@Nullable String etag, @Nullable String lastModified) {
    public static final Validators NONE = new Validators(null, null);
  }

  /**
   * @param uri       where the body finally came from, after redirects (the URL asked for otherwise)
   * @param body      the body for {@link Outcome#FETCHED}, else empty
   * @param message   what went wrong, for {@link Outcome#DISALLOWED} and {@link Outcome#FAILED}
   */
  public record Response(Outcome outcome, URI uri, byte[] body, @Nullable String contentType, Validators validators,
      String message) {
    static Response failed(URI uri, String message) {
      return new Response(Outcome.FAILED, uri, new byte[0], null, Validators.NONE, message);
    }
  }

  private final Duration timeout;
  private final long maxBytes;
  private final boolean allowPrivateRedirects;
  private final Duration politeness;
  private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
  private final Map<String, Long> nextRequest = new ConcurrentHashMap<>();
  private volatile @Nullable HttpClient client;

  /**
   * @param timeout    the longest one fetch may take, from connecting to the last byte, redirects included
   * @param maxBytes   the largest body read
   * @param politeness the least time between two requests to one host
   */
  public Fetcher(Duration timeout, long maxBytes, boolean allowPrivateRedirects, Duration politeness) {
    if (politeness.isNegative()) {
      throw new IllegalArgumentException("the politeness delay must not be negative");
    }
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.allowPrivateRedirects = allowPrivateRedirects;
    this.politeness = politeness;
  }

  /** Whether an input names a URL (of any scheme) rather than a path. */
  public static boolean isUrl(String input) {
    return URL_LIKE.matcher(input).matches();
  }

  /**
   * Parses a URL Vigie may fetch.
   *
   * @throws IllegalArgumentException when it is not an absolute http(s) URL with a host; the message says which
   *     (without the URL, which the caller names)
   */
  public static URI httpUri(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("invalid URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("unsupported URL scheme '" + scheme + "' (only http and https)");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("invalid URL (no host)");
    }
    return uri;
  }

  /**
   * Fetches {@code uri} if its site's robots.txt allows it.
   *
   * @param known  the validators of the last answer for this URL, or {@link Validators#NONE}
   * @param accept the Accept header
   */
  public Response fetch(URI uri, Validators known, String accept) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    BaseRobotRules rules = rules(uri, deadline);
    if (rules.isDeferVisits()) {
      robots.remove(origin(uri)); // read it again next time
      return Response.failed(uri, "the robots.txt of " + uri.getHost() + " could not be read (server error or"
          + " unreachable)");
    }
    if (!rules.isAllowed(uri.toString())) {
      return new Response(Outcome.DISALLOWED, uri, new byte[0], null, Validators.NONE,
          "robots.txt of " + uri.getHost() + " disallows it");
    }
    HttpResponse<byte[]> response;
    try {
      response = Redirects.follow(uri, allowPrivateRedirects, hop -> {
        HttpRequest.Builder request = request(hop, accept);
        if (known.etag() != null) {
          request.header("If-None-Match", known.etag());
        }
        if (known.lastModified() != null) {
          request.header("If-Modified-Since", known.lastModified());
        }
        return send(request.build(), deadline, rules);
      });
    } catch (HopTimedOut e) {
      return Response.failed(uri, timedOut());
    } catch (Redirects.RefusedRedirect e) {
      return Response.failed(uri, e.getMessage());
    } catch (IOException e) {
      return Response.failed(uri, describe(e.getCause() == null ? e : e.getCause()));
    }
    int status = response.statusCode();
    if (status == 304) {
      return new Response(Outcome.NOT_MODIFIED, response.uri(), new byte[0], null, known, "not modified");
    }
    if (status < 200 || status >= 300) {
      return Response.failed(response.uri(), "HTTP status " + status);
    }
    Validators validators = new Validators(response.headers().firstValue("ETag").orElse(null),
        response.headers().firstValue("Last-Modified").orElse(null));
    return new Response(Outcome.FETCHED, response.uri(), response.body(),
        response.headers().firstValue("Content-Type").orElse(null), validators, "");
  }

  /** The site's robots.txt rules, read once per origin; an unreadable one (5xx, unreachable) defers visits. */
  private BaseRobotRules rules(URI uri, long deadline) throws InterruptedException {
    String origin = origin(uri);
    BaseRobotRules known = robots.get(origin);
    if (known != null) {
      return known;
    }
    URI robotsUri = URI.create(origin + "/robots.txt");
    BaseRobotRules rules;
    try {
      HttpResponse<byte[]> response = Redirects.follow(robotsUri, allowPrivateRedirects,
          hop -> send(request(hop, "text/plain").build(), deadline, null));
      if (response.statusCode() == 200) {
        byte[] body = response.body();
        rules = robotsParser.parseContent(robotsUri.toString(),
            body.length > MAX_ROBOTS_BYTES ? java.util.Arrays.copyOf(body, MAX_ROBOTS_BYTES) : body,
            response.headers().firstValue("Content-Type").orElse("text/plain"),
            List.of(AGENT.toLowerCase(Locale.ROOT)));
      } else {
        rules = robotsParser.failedFetch(response.statusCode());
      }
    } catch (IOException e) {
      rules = robotsParser.failedFetch(500); // unreachable: defer, as for a server error
    }
    robots.put(origin, rules);
    return rules;
  }

  /** One request, after the politeness delay, within what is left of the time limit. */
  private HttpResponse<byte[]> send(HttpRequest request, long deadline, @Nullable BaseRobotRules rules)
      throws IOException, InterruptedException {
    waitTurn(request.uri(), rules);
    CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(request, response -> {
      int status = response.statusCode();
      return status >= 200 && status < 300
          ? new CappedBodySubscriber(maxBytes)
          : HttpResponse.BodySubscribers.replacing(new byte[0]);
    });
    try {
      return exchange.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw new HopTimedOut(e);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    }
  }

  /** Sleeps until this host may be asked again, and books the next turn. */
  private void waitTurn(URI uri, @Nullable BaseRobotRules rules) throws InterruptedException {
    long delay = politeness.toMillis();
    if (rules != null && rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY) {
      delay = Math.max(delay, Math.min(MAX_CRAWL_DELAY_MS, rules.getCrawlDelay()));
    }
    long gap = delay;
    String origin = origin(uri);
    long[] at = new long[1];
    nextRequest.compute(origin, (k, next) -> {
      long now = System.currentTimeMillis();
      at[0] = next == null ? now : Math.max(now, next);
      return at[0] + gap;
    });
    long wait = at[0] - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }

  private HttpRequest.Builder request(URI uri, String accept) {
    return HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT).header("Accept", accept)
        .GET();
  }

  private HttpClient client() {
    HttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c = HttpClient.newBuilder().connectTimeout(timeout)
              .followRedirects(HttpClient.Redirect.NEVER) // Redirects follows them, checking each hop
              .build();
          client = c;
        }
      }
    }
    return c;
  }

  private static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
  }

  /** The time limit ran out during a hop. */
  private static final class HopTimedOut extends IOException {
    HopTimedOut(TimeoutException cause) {
      super(cause);
    }
  }

  private String timedOut() {
    return "timed out after " + timeout.toMillis() / 1000.0 + " s";
  }

  /** The innermost cause a user can act on; HttpClient wraps them in layers of IOException. */
  private String describe(@Nullable Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      switch (cause) {
        case CappedBodySubscriber.TooLargeException tooLarge -> {
          return tooLarge.getMessage();
        }
        case HttpConnectTimeoutException ignored -> {
          return "connection " + timedOut();
        }
        case HttpTimeoutException ignored -> {
          return timedOut();
        }
        case ConnectException ignored -> {
          return "connection refused";
        }
        case UnknownHostException ignored -> {
          return "unknown host";
        }
        case UnresolvedAddressException ignored -> {
          return "unknown host";
        }
        default -> {
          // look deeper
        }
      }
    }
    return failure == null ? "download failed" : "download failed (" + failure + ")";
  }
}
