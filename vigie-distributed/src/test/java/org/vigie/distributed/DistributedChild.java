package org.vigie.distributed;

import org.vigie.app.fixtures.HandmadePipeline;

/**
 * A worker (on the hand-made pipeline) or the storyteller in a process of its own, for {@link KillNineIT} to kill:
 * the arguments of {@link RoleProcess}. A worker joins its group at once.
 */
public final class DistributedChild {
  private DistributedChild() {}

  public static void main(String[] args) throws Exception {
    RoleProcess.run(args, HandmadePipeline::create, RoleProcess.Join.AT_ONCE);
  }
}
