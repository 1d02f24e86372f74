package org.vigie.app.spi;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The end-to-end benchmark behind {@code vigie bench}: found with {@link ServiceLoader} (vigie-bench provides it),
 * so that the CLI does not carry JMH.
 */
public interface BenchRunner {

  /**
   * What to measure; a null leaves the bench's default.
   *
   * @param corpus   files and folders to read the texts from; empty for the bench's default corpus
   * @param articles texts measured per stage (below 100: a smoke-size run)
   * @param threads  the stages run on 1 thread and on this many
   * @param streamArticles      synthetic articles in the streamed backfill
   * @param streamReal          real articles in the streamed backfill, through the NLP pipeline
   * @param streamBudgetSeconds how long the streamed backfill may run
   * @param only     one phase, by name, or null for all of them
   */
  record Request(List<Path> corpus, @Nullable Integer articles, int threads, @Nullable Integer growthTo,
      @Nullable Integer growthBudgetSeconds, @Nullable Integer streamArticles, @Nullable Integer streamReal, @Nullable Integer streamBudgetSeconds,
      @Nullable String only) {
    public Request {
      corpus = List.copyOf(corpus);
    }
  }

  /** The phases {@link Request#only} may name. */
  List<String> phases();

  /**
   * Runs the measurements and returns the report: the headline keys, then {@code details}.
   *
   * @param log where progress goes
   * @throws IllegalArgumentException when the request cannot be run (an empty corpus, an unknown phase)
   */
  Map<String, Object> run(Request request, PrintWriter log);

  /** The bench on the path, if any. */
  static java.util.Optional<BenchRunner> find() {
    return ServiceLoader.load(BenchRunner.class).findFirst();
  }
}
