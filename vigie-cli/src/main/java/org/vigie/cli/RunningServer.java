package org.vigie.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a running {@code vigie serve} can be reached, written in its store's directory ({@value #FILE}) while it
 * serves, so that {@code vigie ingest} on the same directory can send its articles through it rather than fail on
 * the store's lock. A file left by a server that was killed is harmless: it is read only when the lock is held.
 */
final class RunningServer {
  static final String FILE = "server.url";

  private RunningServer() {}

  /** A written announcement; closing it removes the file. */
  interface Announcement extends AutoCloseable {
    @Override
    void close();
  }

  /** Writes {@code base} for the server of {@code dataDir}; closing the result removes it. */
  static Announcement announce(Path dataDir, URI base) {
    Path file = dataDir.resolve(FILE);
    try {
      Files.writeString(file, base + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return () -> {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a stale file is harmless: it is read only while the store's lock is held
      }
    };
  }

  /** The base URL a server of {@code dataDir} announced, if any. */
  static Optional<URI> find(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      URI uri = URI.create(text);
      return "http".equals(uri.getScheme()) && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The address a local client uses for a server bound to {@code host}: loopback for every-interface binds. */
  static String clientHost(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") ? "127.0.0.1" : host;
  }
}
