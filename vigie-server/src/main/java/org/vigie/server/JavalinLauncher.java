package org.vigie.server;

import java.net.URI;
import java.util.Set;
import org.vigie.app.Vigie;
import org.vigie.app.spi.ServerLauncher;

/** The server the CLI finds through {@link java.util.ServiceLoader}: {@link VigieServer}, on Javalin. */
public final class JavalinLauncher implements ServerLauncher {
  @Override
  public Serving start(Vigie vigie, String host, int port, Set<String> allowedHosts) {
    VigieServer server = VigieServer.start(vigie, host, port, allowedHosts);
    return new Serving() {
      @Override
      public int port() {
        return server.port();
      }

      @Override
      public URI uri(String clientHost) {
        return server.uri(clientHost);
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }
}
