package org.vigie.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import org.vigie.app.IngestListener;

/**
 * Ingest progress on stderr: one line rewritten in place with {@code \r} on a terminal, plain lines at most every
 * few seconds otherwise (logs, CI), and always a last line when done. The total is what was read so far: a stream's
 * size is known once it is read.
 */
final class ProgressBar implements IngestListener {
  private static final int WIDTH = 30;
  private static final long PLAIN_EVERY_NANOS = 3_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastPlain;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** True when stderr is an interactive terminal. */
  static boolean stderrIsTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try { // Console.isTerminal() exists from JDK 22, where System.console() is no longer null when redirected
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public void progress(int done, int total) {
    update(done, total);
  }

  void update(int done, int total) {
    if (total == 0) {
      return;
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    String rate = String.format(Locale.ROOT, "%.1f articles/s", done / seconds);
    if (terminal) {
      int filled = (int) ((long) WIDTH * done / total);
      err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + "  " + rate
          + "  ");
      drawn = true;
      if (done >= total) {
        finish();
      }
      err.flush();
      return;
    }
    long now = System.nanoTime();
    if (done >= total || done == 0 || now - lastPlain >= PLAIN_EVERY_NANOS) {
      err.println("analysed " + done + "/" + total + " article(s), " + rate);
      err.flush();
      lastPlain = now;
    }
  }

  /** Ends the terminal line, if one is drawn. */
  void finish() {
    if (terminal && drawn) {
      err.println();
      drawn = false;
    }
  }
}
