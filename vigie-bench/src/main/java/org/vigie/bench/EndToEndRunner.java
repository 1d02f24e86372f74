package org.vigie.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.app.spi.BenchRunner;

/** {@code vigie bench}, as the CLI finds it through {@link java.util.ServiceLoader}: {@link EndToEnd}. */
public final class EndToEndRunner implements BenchRunner {
  /** The phase that runs the distributed mode on engines the bench starts ({@link DistributedLoad}). */
  static final String DISTRIBUTED = "distributed";

  @Override
  public List<String> phases() {
    List<String> phases = new java.util.ArrayList<>(EndToEnd.Phase.names());
    phases.add(DISTRIBUTED);
    return phases;
  }

  @Override
  public Map<String, Object> run(Request request, PrintWriter log) {
    List<Path> inputs = request.corpus().isEmpty() ? Corpus.defaultDirectories() : request.corpus();
    if (DISTRIBUTED.equals(request.only())) {
      List<org.vigie.model.Article> corpus = Corpus.read(inputs);
      if (corpus.isEmpty()) {
        throw new IllegalArgumentException("no article to measure in " + inputs);
      }
      return new DistributedLoad(log).run(new DistributedLoad.Plan(corpus,
          request.articles() == null ? DistributedLoad.DEFAULT_ARTICLES : request.articles(), request.threads(),
          DistributedLoad.PHASE_BUDGET_SECONDS));
    }
    EndToEnd.Options base = request.articles() != null && request.articles() < 100
        ? EndToEnd.Options.smoke(inputs, request.articles())
        : EndToEnd.Options.full(inputs);
    EndToEnd.Options options = new EndToEnd.Options(inputs,
        request.articles() == null ? base.articles() : request.articles(), request.threads(), base.rounds(),
        base.growthFrom(), request.growthTo() == null ? base.growthTo() : request.growthTo(),
        request.growthBudgetSeconds() == null ? base.growthBudgetSeconds() : request.growthBudgetSeconds(),
        base.articlesPerDay(), base.latencySamples(), base.extraPool(), base.stream(), EndToEnd.Phase.ALL);
    EndToEnd.Stream s = options.stream();
    int synthetic = request.streamArticles() == null ? s.synthetic() : request.streamArticles();
    options = options.withStream(new EndToEnd.Stream(synthetic, Math.min(s.openAt(), synthetic),
        request.streamReal() == null ? s.real() : request.streamReal(),
        request.streamBudgetSeconds() == null ? s.budgetSeconds() : request.streamBudgetSeconds()));
    if (request.only() != null) {
      options = options.withOnly(EndToEnd.Phase.named(request.only()));
    }
    if (options.growthTo() < options.growthFrom()) {
      throw new IllegalArgumentException("--growth-to must be at least " + options.growthFrom());
    }
    return new EndToEnd(log).run(options);
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
