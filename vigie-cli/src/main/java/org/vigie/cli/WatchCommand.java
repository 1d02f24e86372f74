package org.vigie.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.vigie.model.ItemError;
import org.vigie.app.FeedWatcher;
import org.vigie.app.SourceLedger;
import org.vigie.app.Vigie;
import org.vigie.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie watch}: polls RSS/Atom feeds and ingests their new items, politely. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Polls RSS/Atom feeds and ingests their new items until stopped (Ctrl-C), or once with --once.",
      "Obeys robots.txt, waits between two requests to one host, and asks with ETag/Last-Modified so that",
      "an unchanged feed costs nothing. Only http and https URLs are accepted."
    })
final class WatchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DataOption data = new DataOption();

  @Option(names = "--interval", paramLabel = "SECONDS", description = "Seconds between two rounds (default: 300).")
  long interval = 300;

  @Option(names = "--delay", paramLabel = "SECONDS",
      description = "Least seconds between two requests to one host (default: 2; robots.txt may ask for more).")
  double delay = 2;

  @Option(names = "--allow-private-redirects",
      description = "Follow a redirect to another origin even when it leads to a loopback or private address.")
  boolean allowPrivateRedirects;

  @Option(names = "--once", description = "Poll every feed once and exit; exits with 1 when a feed failed.")
  boolean once;

  @Parameters(arity = "1..*", paramLabel = "FEED_URL", description = "http(s) URLs of RSS or Atom feeds.")
  List<String> feeds = List.of();

  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (interval < 1 || delay < 0) {
      err.println("error: --interval must be at least 1 second and --delay not negative");
      return 2;
    }
    List<URI> uris = new ArrayList<>();
    for (String feed : feeds) {
      try {
        uris.add(FeedWatcher.feedUri(feed));
      } catch (IllegalArgumentException e) {
        err.println("error: " + e.getMessage());
        return 2;
      }
    }
    try (Vigie vigie = Vigie.open(data.directory, NlpRuntime::pipeline,
        Runtime.getRuntime().availableProcessors())) {
      FeedWatcher watcher = new FeedWatcher(vigie.ingest(), Duration.ofMillis((long) (delay * 1000)),
          allowPrivateRedirects);
      Thread hook = new Thread(stop::countDown, "vigie-watch-shutdown");
      if (!once) {
        Runtime.getRuntime().addShutdownHook(hook);
      }
      boolean failed = false;
      try {
        do {
          for (FeedWatcher.Poll poll : watcher.pollAll(uris)) {
            failed |= poll.outcome() == FeedWatcher.Outcome.FAILED || poll.outcome() == FeedWatcher.Outcome.DISALLOWED;
            out.println(poll.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": "
                + poll.feed() + ": " + poll.message());
            if (poll.report() != null) {
              for (ItemError error : poll.report().errors()) {
                out.println("  failed: " + error.source() + ": " + error.message());
              }
            }
          }
          out.println(SourceLedger.of(vigie.store().sourceDays()).summaryLine());
          out.flush();
        } while (!once && !stop.await(interval, TimeUnit.SECONDS));
      } finally {
        if (!once) {
          try {
            Runtime.getRuntime().removeShutdownHook(hook);
          } catch (IllegalStateException shuttingDown) {
            // the hook is running: nothing to remove
          }
        }
      }
      return once && failed ? 1 : 0;
    } catch (StoreException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }
}
