package org.vigie.searchnode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.Version;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.PluginInfo;

/**
 * A one-node OpenSearch cluster on loopback, for tests, the distributed bench and development; never for
 * production (there, run OpenSearch's own distribution, see docs/deploy.md). Started as {@code java -cp ...
 * LocalSearchNode DIR}: data under {@code DIR}, HTTP on an ephemeral port written to {@code DIR/http.port} once the
 * node answers. It runs until killed.
 *
 * <p>The HTTP transport and the analysis plugin (elision, ASCII folding, stemmers) are loaded from the classpath, as
 * OpenSearch's own test framework does, instead of from a plugins directory of a downloaded distribution.
 */
public final class LocalSearchNode {
  private LocalSearchNode() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: LocalSearchNode DATA_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(dir.resolve("config"));
    Settings settings = Settings.builder()
        .put("path.home", dir.toString())
        .put("path.data", dir.resolve("data").toString())
        .put("path.logs", dir.resolve("logs").toString())
        .put("cluster.name", "vigie-local")
        .put("node.name", "vigie-local-0")
        .put("network.host", "127.0.0.1")
        .put("http.port", "0")
        .put("transport.port", "0")
        .put("discovery.type", "single-node")
        // a test machine's disk may be fuller than the production watermarks allow
        .put("cluster.routing.allocation.disk.threshold_enabled", false)
        .build();
    Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(),
        dir.resolve("config"), () -> "vigie-local-0");
    List<PluginInfo> plugins = List.of(
        classpathPlugin("org.opensearch.transport.Netty4ModulePlugin"),
        classpathPlugin("org.opensearch.analysis.common.CommonAnalysisModulePlugin"));
    Node node = new ClasspathNode(environment, plugins);
    node.start();
    int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
    Path portFile = dir.resolve("http.port");
    Path temporary = dir.resolve("http.port.tmp");
    Files.writeString(temporary, Integer.toString(port), StandardCharsets.UTF_8);
    Files.move(temporary, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        node.close();
      } catch (IOException ignored) {
        // shutting down
      }
      stopped.countDown();
    }));
    stopped.await();
  }

  private static PluginInfo classpathPlugin(String className) {
    return new PluginInfo(className, "classpath plugin", "NA", Version.CURRENT, "21", className, List.of(), false);
  }

  /** A node given its plugins from the classpath: the constructor for that is protected. */
  private static final class ClasspathNode extends Node {
    ClasspathNode(Environment environment, List<PluginInfo> plugins) {
      super(environment, plugins, true);
    }
  }
}
