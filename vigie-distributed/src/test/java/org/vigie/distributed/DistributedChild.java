package org.vigie.distributed;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.store.Store;

/**
 * A worker or the storyteller in a process of its own, for {@link KillNineIT} to kill: {@code worker BOOTSTRAP} or
 * {@code storyteller BOOTSTRAP JDBC_URL OPENSEARCH_URL}. Prints {@code READY} once consuming; runs until killed.
 */
public final class DistributedChild {
  private DistributedChild() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    switch (args[0]) {
      case "worker" -> {
        try (Worker worker = new Worker(args[1], HandmadePipeline::create, 1, err::println)) {
          out.println("READY");
          worker.run();
        }
      }
      case "storyteller" -> {
        try (Storyteller storyteller = Storyteller.over(args[1], () -> Store.openServer(args[2],
            URI.create(args[3])), err::println)) {
          out.println("READY");
          storyteller.run();
        }
      }
      default -> throw new IllegalArgumentException("worker or storyteller, not " + args[0]);
    }
  }
}
