package org.vigie.ingest;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows HTTP redirects one hop at a time, so that each hop can be checked: Vigie fetches the URL a user gives
 * wherever it points, but a redirect to another origin must not lead to this machine or its network (loopback,
 * private, link-local — cloud metadata at 169.254.169.254 —, unique-local, carrier-grade NAT, wildcard or multicast
 * addresses), where a page or feed could otherwise make Vigie read internal services. A user who means to fetch
 * from such addresses through redirects says so ({@code --allow-private-redirects}).
 *
 * <p>The check resolves the host itself; a name that resolves differently a moment later (DNS rebinding between the
 * check and the connection) is not caught.
 */
public final class Redirects {
  /** The most redirects followed for one URL. */
  public static final int MAX_HOPS = 5;

  /** Sends one request to {@code uri}, redirects not followed. */
  @FunctionalInterface
  public interface Hop<T> {
    HttpResponse<T> send(URI uri) throws IOException, InterruptedException;
  }

  /** A redirect refused; the message says where it led and why. */
  public static final class RefusedRedirect extends IOException {
    RefusedRedirect(String message) {
      super(message);
    }
  }

  private Redirects() {}

  /**
   * Sends to {@code start} and follows redirects through {@code hop}, each checked as the class says.
   *
   * @return the first answer that is not a redirect (its {@code uri()} is where it came from)
   * @throws RefusedRedirect when a redirect leads to a refused address, out of http(s), or past {@value #MAX_HOPS}
   */
  public static <T> HttpResponse<T> follow(URI start, boolean allowPrivate, Hop<T> hop)
      throws IOException, InterruptedException {
    URI uri = start;
    for (int hops = 0; ; hops++) {
      HttpResponse<T> response = hop.send(uri);
      Optional<String> location = response.headers().firstValue("Location");
      if (!isRedirect(response.statusCode()) || location.isEmpty()) {
        return response;
      }
      if (response.body() instanceof AutoCloseable body) {
        try {
          body.close();
        } catch (Exception ignored) {
          // the redirect's own body is of no use
        }
      }
      if (hops == MAX_HOPS) {
        throw new RefusedRedirect("more than " + MAX_HOPS + " redirects");
      }
      URI next;
      try {
        next = uri.resolve(location.get().strip());
      } catch (IllegalArgumentException e) {
        throw new RefusedRedirect("redirected to an invalid URL: " + location.get());
      }
      String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || next.getHost() == null) {
        throw new RefusedRedirect("redirected to " + next + ", not an http(s) URL");
      }
      if (!allowPrivate && !sameOrigin(start, next)) {
        requirePublic(next);
      }
      uri = next;
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    return uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  private static void requirePublic(URI uri) throws RefusedRedirect {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      return; // the request itself will fail with "unknown host"
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        throw new RefusedRedirect("redirected to " + uri + ", whose address " + address.getHostAddress()
            + " is on this machine or a private network; pass --allow-private-redirects to follow it");
      }
    }
  }

  /** Whether {@code address} is reachable from the internet at large, rather than local or private. */
  static boolean isPublic(InetAddress address) {
    Objects.requireNonNull(address, "address");
    if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
        || address.isSiteLocalAddress() || address.isMulticastAddress()) {
      return false;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first != 0 && !(first == 100 && second >= 64 && second < 128); // this network; carrier-grade NAT
    }
    if (address instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) {
        return false; // unique local fc00::/7
      }
      boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }
}
