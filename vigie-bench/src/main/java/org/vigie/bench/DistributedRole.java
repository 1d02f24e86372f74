package org.vigie.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.vigie.distributed.Storyteller;
import org.vigie.distributed.Worker;
import org.vigie.nlp.Analyzers;
import org.vigie.nlp.Pipeline;
import org.vigie.store.Store;

/**
 * A worker or the storyteller of the distributed bench, in a process of its own so that the bench can kill it:
 * {@code worker BOOTSTRAP THREADS} loads and warms the real pipeline, prints {@code READY}, and joins the workers'
 * group when it reads a line on its standard input (so that the bench decides when a second worker arrives);
 * {@code storyteller BOOTSTRAP JDBC_URL OPENSEARCH_URL} prints {@code READY} and consumes at once. Both run until
 * killed.
 */
public final class DistributedRole {
  private DistributedRole() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    switch (args[0]) {
      case "worker" -> {
        Pipeline pipeline = Analyzers.standard();
        Analyzers.warmUp(Analyzers.supportedLanguages());
        out.println("READY");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        try (Worker worker = new Worker(args[1], () -> pipeline, Integer.parseInt(args[2]), err::println)) {
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
