package org.vigie.distributed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.vigie.nlp.Pipeline;
import org.vigie.store.Store;

/**
 * The {@code main} of a worker or the storyteller started in a process of its own, so that a test or the
 * distributed bench can kill it: {@code worker BOOTSTRAP THREADS} or {@code storyteller BOOTSTRAP JDBC_URL
 * OPENSEARCH_URL}. It prints {@code READY} on its standard output once the role can start and runs until killed;
 * notices go to its standard error. The caller's own {@code main} names the workers' pipeline (the real one, or one
 * made by hand for a test), so this class depends on neither.
 */
public final class RoleProcess {
  /** When a worker joins the workers' group. */
  public enum Join {
    /** At once, after {@code READY}. */
    AT_ONCE,
    /** When a line arrives on the standard input after {@code READY}: the parent decides when a worker arrives. */
    ON_INPUT_LINE
  }

  private RoleProcess() {}

  /**
   * Runs the role {@code args} name.
   *
   * @param pipeline makes the workers' pipeline, before {@code READY} (so a slow load and warm-up is done by then)
   */
  public static void run(String[] args, Supplier<Pipeline> pipeline, Join join) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    switch (args[0]) {
      case "worker" -> {
        Pipeline ready = pipeline.get();
        out.println("READY");
        if (join == Join.ON_INPUT_LINE) {
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        try (Worker worker = new Worker(args[1], () -> ready, Integer.parseInt(args[2]), err::println)) {
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
