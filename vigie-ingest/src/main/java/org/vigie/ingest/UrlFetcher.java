package org.vigie.ingest;

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
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Batch;

/**
 * Downloads one http(s) URL, following redirects (checked by {@link Redirects}), within a time limit for the whole
 * exchange and a size limit checked on the bytes received. Any status other than 2xx is an error.
 */
final class UrlFetcher {
  static final String USER_AGENT = "Vigie/0.1";
  private static final String ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
      + "application/json, application/x-ndjson, text/plain;q=0.9, */*;q=0.5";
  private static final Pattern URL_LIKE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  /** A downloaded body, with the URL it finally came from after redirects. */
  record Fetched(URI uri, byte[] body, @Nullable String contentType) {}

  private final Duration timeout;
  private final long maxBytes;
  private final boolean allowPrivateRedirects;
  private @Nullable HttpClient client;

  UrlFetcher(Duration timeout, long maxBytes, boolean allowPrivateRedirects) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.allowPrivateRedirects = allowPrivateRedirects;
  }

  /** Whether an input names a URL (of any scheme) rather than a path. */
  static boolean isUrl(String input) {
    return URL_LIKE.matcher(input).matches();
  }

  Batch<Fetched> fetch(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return Batch.failed(url, "invalid URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Batch.failed(url, "unsupported URL scheme '" + scheme + "' (only http and https)");
    }
    if (uri.getHost() == null) {
      return Batch.failed(url, "invalid URL (no host)");
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<byte[]> response;
    try {
      response = Redirects.follow(uri, allowPrivateRedirects, hop -> send(hop, deadline));
    } catch (HopTimedOut e) {
      return Batch.failed(url, timedOut());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Batch.failed(url, "interrupted");
    } catch (Redirects.RefusedRedirect e) {
      return Batch.failed(url, e.getMessage());
    } catch (IOException e) {
      return Batch.failed(url, describe(e.getCause() == null ? e : e.getCause()));
    }
    if (!isSuccess(response.statusCode())) {
      return Batch.failed(url, "HTTP status " + response.statusCode());
    }
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    return Batch.of(new Fetched(response.uri(), response.body(), contentType));
  }

  /** One hop of the exchange, within what is left of the time limit; a failure comes wrapped in an IOException. */
  private HttpResponse<byte[]> send(URI uri, long deadline) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("User-Agent", USER_AGENT)
        .header("Accept", ACCEPT)
        .GET()
        .build();
    CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(request, response ->
        isSuccess(response.statusCode())
            ? new CappedBodySubscriber(maxBytes)
            : HttpResponse.BodySubscribers.replacing(new byte[0]));
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

  /** The time limit ran out during a hop. */
  private static final class HopTimedOut extends IOException {
    HopTimedOut(TimeoutException cause) {
      super(cause);
    }
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder()
          .connectTimeout(timeout)
          .followRedirects(HttpClient.Redirect.NEVER) // Redirects follows them, checking each hop
          .build();
    }
    return client;
  }

  private static boolean isSuccess(int status) {
    return status >= 200 && status < 300;
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
