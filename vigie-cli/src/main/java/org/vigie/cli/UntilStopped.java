package org.vigie.cli;

import java.util.concurrent.CountDownLatch;

/** Blocks a serving command until the process is asked to stop (Ctrl-C, SIGTERM) or a test releases the latch. */
final class UntilStopped {
  private UntilStopped() {}

  static void await(CountDownLatch stop) throws InterruptedException {
    Thread hook = new Thread(stop::countDown, "vigie-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stop.await();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: nothing to remove
      }
    }
  }
}
