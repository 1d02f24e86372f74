package org.vigie.bench;

import org.vigie.distributed.RoleProcess;
import org.vigie.nlp.Analyzers;
import org.vigie.nlp.Pipeline;

/**
 * A worker or the storyteller of the distributed bench, in a process of its own so that the bench can kill it (the
 * arguments of {@link RoleProcess}): a worker loads and warms the real pipeline before {@code READY}, and joins the
 * workers' group when it reads a line on its standard input (so that the bench decides when a second worker
 * arrives).
 */
public final class DistributedRole {
  private DistributedRole() {}

  public static void main(String[] args) throws Exception {
    RoleProcess.run(args, () -> {
      Pipeline pipeline = Analyzers.standard();
      Analyzers.warmUp(Analyzers.supportedLanguages());
      return pipeline;
    }, RoleProcess.Join.ON_INPUT_LINE);
  }
}
