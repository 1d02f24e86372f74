package org.vigie.app.spi;

import java.net.URI;
import java.util.ServiceLoader;
import java.util.Set;
import org.vigie.app.Vigie;

/**
 * Serves an open {@link Vigie} over HTTP. The CLI depends on the application, not on a web framework: it finds the
 * server with {@link ServiceLoader} (vigie-server provides one), and the launcher puts the server on the path.
 */
public interface ServerLauncher {

  /**
   * Starts serving {@code vigie} on {@code host}:{@code port} (0 for any free port), answering requests whose Host
   * header names localhost, a loopback address, {@code host} itself or one of {@code allowedHosts}.
   */
  Serving start(Vigie vigie, String host, int port, Set<String> allowedHosts);

  /** A server that listens; closing it stops listening (the {@link Vigie} it serves stays open). */
  interface Serving extends AutoCloseable {
    int port();

    /** The base URL for clients that reach the server through {@code host}, such as {@code http://127.0.0.1:7070/}. */
    URI uri(String host);

    @Override
    void close();
  }

  /**
   * The server on the path.
   *
   * @throws IllegalStateException when none is (a CLI built without vigie-server)
   */
  static ServerLauncher find() {
    return ServiceLoader.load(ServerLauncher.class).findFirst().orElseThrow(() -> new IllegalStateException(
        "no HTTP server on the class path: run Vigie through ./vigie, which puts vigie-server on it"));
  }
}
