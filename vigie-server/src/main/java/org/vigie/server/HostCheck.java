package org.vigie.server;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The Host names a server answers to: its defence against DNS rebinding, where a page of another site rebinds its
 * own name to this machine and reads the API through the visitor's browser. The browser then sends that site's
 * name as Host, so only names this server knows are accepted:
 *
 * <ul>
 *   <li>{@code localhost} and loopback address literals ({@code 127.x.y.z}, {@code [::1]}), written as a browser
 *       writes them (dotted decimal, no octal or short forms);
 *   <li>the name or address the server is bound to ({@code --host}) and the names of the allow-list
 *       ({@code --allow-host});
 *   <li>any address literal when bound to every interface ({@code 0.0.0.0}, {@code ::}): a literal cannot be
 *       rebound.
 * </ul>
 *
 * The port must be the server's (a Host without one means 80). A request without Host (HTTP/1.0) is answered: a
 * browser always sends one.
 */
final class HostCheck {
  private static final int DEFAULT_HTTP_PORT = 80;

  private final Set<String> names;
  private final boolean anyLiteral;
  private final int port;

  private HostCheck(Set<String> names, boolean anyLiteral, int port) {
    this.names = names;
    this.anyLiteral = anyLiteral;
    this.port = port;
  }

  /**
   * @param boundHost the host the server listens on, as given to {@code --host}
   * @param port      the port it listens on
   * @param allowed   more names to answer to (a reverse proxy's, a machine name)
   */
  static HostCheck of(String boundHost, int port, Set<String> allowed) {
    String bound = normalise(boundHost.startsWith("[") ? boundHost : bracketed(boundHost));
    Set<String> names = new java.util.HashSet<>(allowed.stream().map(HostCheck::normalise)
        .collect(Collectors.toSet()));
    names.add("localhost");
    names.add(bound);
    return new HostCheck(Set.copyOf(names), isWildcard(bound), port);
  }

  /** Whether to answer a request whose Host header is {@code host}. */
  boolean allows(@Nullable String host) {
    if (host == null) {
      return true;
    }
    String name;
    int hostPort;
    int close = host.startsWith("[") ? host.indexOf(']') : -1;
    int colon = close >= 0 ? host.indexOf(':', close) : host.lastIndexOf(':');
    if (close < 0 && host.startsWith("[")) {
      return false;
    }
    if (colon >= 0) {
      if (close >= 0 && colon != close + 1) {
        return false;
      }
      name = host.substring(0, colon);
      String digits = host.substring(colon + 1);
      if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      hostPort = Integer.parseInt(digits);
    } else {
      name = host;
      hostPort = DEFAULT_HTTP_PORT;
    }
    if (hostPort != port || name.isEmpty()) {
      return false;
    }
    String normal = normalise(name);
    return names.contains(normal) || isLoopbackLiteral(normal) || anyLiteral && isLiteral(normal);
  }

  /** What the refusal says: the names this server answers to. */
  String describe() {
    return "this server answers only to localhost, 127.0.0.1 or [::1]" + (names.size() > 1
        ? " and " + names.stream().filter(n -> !n.equals("localhost")).sorted().collect(Collectors.joining(", "))
        : "") + ", on port " + port;
  }

  /** Lower case, without the final dot of a fully qualified name. */
  private static String normalise(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }

  private static String bracketed(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static boolean isWildcard(String bound) {
    return bound.equals("0.0.0.0") || bound.equals("[::]") || bound.equals("[0:0:0:0:0:0:0:0]");
  }

  private static boolean isLoopbackLiteral(String name) {
    int[] v4 = ipv4(name);
    if (v4 != null) {
      return v4[0] == 127;
    }
    InetAddress v6 = ipv6(name);
    return v6 != null && v6.isLoopbackAddress();
  }

  private static boolean isLiteral(String name) {
    return ipv4(name) != null || ipv6(name) != null;
  }

  /** Four decimal numbers 0-255 without leading zeros, as a browser writes an address; else null. */
  private static int @Nullable [] ipv4(String name) {
    String[] parts = name.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    int[] out = new int[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
          || p.length() > 1 && p.charAt(0) == '0') {
        return null;
      }
      out[i] = Integer.parseInt(p);
      if (out[i] > 255) {
        return null;
      }
    }
    return out;
  }

  /** A bracketed IPv6 literal; else null. Only hex digits, colons and dots reach the parser: no name lookup. */
  private static @Nullable InetAddress ipv6(String name) {
    if (!name.startsWith("[") || !name.endsWith("]") || name.length() < 4) {
      return null;
    }
    String inner = name.substring(1, name.length() - 1);
    if (!inner.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
      return null;
    }
    try {
      InetAddress address = InetAddress.getByName(inner);
      return address instanceof Inet6Address ? address : null;
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
