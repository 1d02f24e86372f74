package org.vigie.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.vigie.ingest.IngestResult;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.nlp.Analyzers;
import org.vigie.nlp.Annotator;
import org.vigie.nlp.Pipeline;
import org.vigie.app.IngestReport;
import org.vigie.app.Vigie;
import org.vigie.store.Store;
import org.vigie.stories.clustering.Assignment;
import org.vigie.stories.clustering.StoryClusterer;

/**
 * The end-to-end bench behind {@code vigie bench}: on the same texts, in one process, the throughput of (1) bare
 * CoreNLP — the limit —, (2) Vigie's full pipeline and (3) ingest into the embedded store with clustering and
 * indexing, each on 1 and on N threads; then how the cost of clustering + indexing one article grows with the size
 * of the store, the latency from {@code put} to a search hit, and the memory each phase needed; last, the hostile
 * requests of issue 10 against a server (a 1 MB article, a costly regular expression) and the latency of small
 * POSTs sent meanwhile ({@link HostileLoad}).
 *
 * <p>It measures; it asserts nothing. Articles/s count articles; tokens/s count CoreNLP's tokens of the same texts,
 * so the three stages are compared on one denominator.
 */
public final class EndToEnd {
  /** The growth run stops when the heap after a collection is fuller than this share of its maximum. */
  private static final double HEAP_STOP_SHARE = 0.9;

  /**
   * @param corpus          files and folders to read the texts from
   * @param articles        texts measured per stage, drawn round-robin from the corpus with fresh ids
   * @param maxThreads      the stages run on 1 thread, then on this many (when more than 1)
   * @param rounds          each stage is measured this many times per thread count; the best round is kept
   * @param growthFrom      the store size at which clustering + indexing cost is measured first
   * @param growthTo        the store size at which it is measured last (if the budget allows)
   * @param growthBudgetSeconds the growth run stops at this wall time and reports the size it reached
   * @param articlesPerDay  publication dates of synthetic articles advance by a day every so many articles
   * @param latencySamples  articles whose put → searchable latency is measured
   * @param extraPool       real ECB+ articles analysed (once) to widen the pool synthetic articles are made of
   * @param stream          the streamed backfill ({@link StreamLoad}): synthetic articles, the size at which the store
   *                        is reopened, real articles, and the time budget
   * @param only            every phase, or one: {@link Phase#GROWTH} skips the throughput stages (bare CoreNLP,
   *                        pipeline, ingest) and the hostile requests; {@link Phase#HOSTILE} runs only those;
   *                        {@link Phase#STREAM} only the streamed backfill. Models load in every case (synthetic
   *                        articles are made of analysed ones)
   */
  public record Options(List<Path> corpus, int articles, int maxThreads, int rounds, int growthFrom, int growthTo,
      int growthBudgetSeconds, int articlesPerDay, int latencySamples, int extraPool, Stream stream, Phase only) {

    /**
     * The full run: 480 texts (about 4 s per stage on 2 threads: at 120, a 1 s stage swung the ratio from 0.76 to
     * 0.95 between runs), 1 and 2 threads, growth from 1,000 to 100,000 articles.
     */
    public static Options full(List<Path> corpus) {
      return new Options(corpus, 480, 2, 2, 1_000, 100_000, 600, 5_000, 300, 200,
          new Stream(1_000_000, 100_000, 10_000, 7_200), Phase.ALL);
    }

    /** The smoke run CI does: tiny sizes, so that the bench keeps working; its figures mean little. */
    public static Options smoke(List<Path> corpus, int articles) {
      return new Options(corpus, articles, 2, 1, 100, 1_000, 120, 50, 20, 0, new Stream(2_000, 1_000, 20, 120),
          Phase.ALL);
    }

    /** The same options, running only {@code phase}. */
    public Options withOnly(Phase phase) {
      return new Options(corpus, articles, maxThreads, rounds, growthFrom, growthTo, growthBudgetSeconds,
          articlesPerDay, latencySamples, extraPool, stream, phase);
    }

    /** The same options, with another streamed backfill. */
    public Options withStream(Stream other) {
      return new Options(corpus, articles, maxThreads, rounds, growthFrom, growthTo, growthBudgetSeconds,
          articlesPerDay, latencySamples, extraPool, other, only);
    }
  }

  /**
   * The streamed backfill: {@code synthetic} pre-analysed articles, the store closed and reopened (timed) after
   * {@code openAt} of them, {@code real} real ones through the pipeline, all within {@code budgetSeconds}.
   */
  public record Stream(int synthetic, int openAt, int real, int budgetSeconds) {
    public Stream {
      if (openAt > synthetic || openAt < 1 || real < 0 || budgetSeconds < 1) {
        throw new IllegalArgumentException("the stream reopens the store within its synthetic articles (at least 1)");
      }
    }
  }

  /** What a run measures. */
  public enum Phase {
    /** Throughput, growth (with put → searchable and memory), hostile requests. */
    ALL,
    /** Growth, put → searchable and memory. */
    GROWTH,
    /** The hostile requests of issue 10. */
    HOSTILE,
    /** The streamed backfill: heap, reopening the store, put → dossier. */
    STREAM;

    /** The phases one may run alone, by name. */
    static List<String> names() {
      return java.util.Arrays.stream(values()).filter(p -> p != ALL).map(EndToEndRunner::lower).toList();
    }

    /** @throws IllegalArgumentException for a name that is not one of {@link #names()} */
    static Phase named(String name) {
      for (Phase phase : values()) {
        if (phase != ALL && EndToEndRunner.lower(phase).equals(name)) {
          return phase;
        }
      }
      throw new IllegalArgumentException("--only accepts one phase: " + String.join(" or ", names()));
    }
  }

  private final PrintWriter log;

  /** @param log where progress goes (stderr); the result is returned, not printed */
  public EndToEnd(PrintWriter log) {
    this.log = log;
  }

  /** Runs every measurement and returns the report: the headline keys, then {@code details}. */
  public Map<String, Object> run(Options o) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("machine", Machine.describe());
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("corpus", o.corpus().stream().map(Path::toString).toList());
    options.put("articles", o.articles());
    options.put("max_threads", o.maxThreads());
    options.put("rounds", o.rounds());
    options.put("growth_from", o.growthFrom());
    options.put("growth_to", o.growthTo());
    options.put("growth_budget_s", o.growthBudgetSeconds());
    options.put("articles_per_day", o.articlesPerDay());
    options.put("latency_samples", o.latencySamples());
    options.put("extra_pool", o.extraPool());
    options.put("stream", Map.of("synthetic", o.stream().synthetic(), "open_at", o.stream().openAt(),
        "real", o.stream().real(), "budget_s", o.stream().budgetSeconds()));
    options.put("only", o.only().name().toLowerCase(java.util.Locale.ROOT));
    details.put("options", options);

    List<Article> corpus = Corpus.read(o.corpus());
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("no article to measure in " + o.corpus());
    }
    say("corpus: %d article(s) from %s", corpus.size(), o.corpus());

    // Models: loaded once, up front, and timed apart from throughput.
    long t0 = System.nanoTime();
    Pipeline pipeline = Analyzers.standard();
    Analyzers.warmUp(Analyzers.supportedLanguages());
    @Nullable RawCoreNlp raw = o.only() == Phase.ALL ? new RawCoreNlp() : null;
    if (raw != null) {
      for (String language : Analyzers.supportedLanguages()) {
        raw.pipeline(language);
      }
    }
    details.put("model_load_s", round(seconds(System.nanoTime() - t0)));
    details.put("heap_after_model_load_mb", round(Machine.liveHeapMb()));

    // Warm-up on the distinct corpus articles: JIT, and each text's language for the bare pipeline.
    List<AnalyzedArticle> analysedCorpus = pipeline.analyzeAll(corpus, o.maxThreads());
    List<Article> usable = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      String language = analysedCorpus.get(i).language();
      if (language != null && Analyzers.supportedLanguages().contains(language)) {
        usable.add(corpus.get(i));
        languages.add(language);
        if (raw != null) {
          raw.annotate(corpus.get(i).text(), language);
        }
      }
    }
    if (usable.isEmpty()) {
      throw new IllegalArgumentException("no article of the corpus is in a supported language");
    }
    Map<String, Double> heapPeaks = new LinkedHashMap<>();
    double @Nullable [] headline = null;
    if (raw != null) {
      headline = throughput(o, pipeline, raw, usable, languages, details, heapPeaks);
    }

    // Scaling of clustering + indexing, then put → searchable latency at the size reached.
    Map<String, Object> growth = null;
    Recombiner recombiner = null;
    if (o.only() == Phase.ALL || o.only() == Phase.GROWTH || o.only() == Phase.STREAM) {
      List<AnalyzedArticle> pool = new ArrayList<>(analysedCorpus);
      List<Article> extra = Corpus.ecbPlus(o.extraPool());
      if (!extra.isEmpty()) {
        say("analysing %d ECB+ articles for the synthetic pool", extra.size());
        pool.addAll(pipeline.analyzeAll(extra, o.maxThreads()));
      }
      recombiner = new Recombiner(pool);
    }
    if (o.only() == Phase.ALL || o.only() == Phase.GROWTH) {
      Machine.resetHeapPeaks();
      growth = growth(recombiner, o);
      heapPeaks.put("growth", round(Machine.heapPeakMb()));
      details.put("growth", growth);
    }
    Map<String, Object> stream = null;
    if (o.only() == Phase.ALL || o.only() == Phase.STREAM) {
      List<Article> real = Corpus.realBeyondPool(o.extraPool());
      say("stream: %d synthetic articles (the store reopened after %d), %d real ones from %d texts",
          o.stream().synthetic(), o.stream().openAt(), o.stream().real(), real.size());
      Machine.resetHeapPeaks();
      stream = new StreamLoad(log).run(recombiner, pipeline, real.isEmpty() ? usable : real,
          new StreamLoad.Plan(o.stream().synthetic(), o.stream().openAt(), o.stream().real(), o.articlesPerDay(),
              o.stream().budgetSeconds(), o.maxThreads()));
      details.put("stream", stream);
    }
    Map<String, Object> hostile = null;
    if (o.only() == Phase.ALL || o.only() == Phase.HOSTILE) {
      say("hostile requests: a 1 MB article (twice), four searches for a costly regular expression");
      Machine.resetHeapPeaks();
      hostile = new HostileLoad(log).run(pipeline, o.maxThreads());
      heapPeaks.put("hostile", round(Machine.heapPeakMb()));
      details.put("hostile", hostile);
    }
    details.put("heap_peak_by_phase_mb", heapPeaks);
    details.put("heap_live_at_end_mb", round(Machine.liveHeapMb()));
    details.put("rss_peak_mb", round(Machine.peakRssMb()));

    double heapPeak = heapPeaks.entrySet().stream().filter(e -> !e.getKey().equals("growth"))
        .mapToDouble(Map.Entry::getValue).max().orElse(0);
    Map<String, Object> report = new LinkedHashMap<>();
    if (headline != null) {
      report.put("limit_articles_per_s", round(headline[0]));
      report.put("pipeline_articles_per_s", round(headline[1]));
      report.put("ingest_articles_per_s", round(headline[2]));
      report.put("ratio_pipeline_vs_limit", round(headline[1] / headline[0]));
    }
    if (growth != null) {
      report.put("p99_ingest_to_searchable_ms", growth.get("p99_put_to_searchable_ms"));
    }
    if (headline != null) {
      report.put("heap_peak_mb", round(heapPeak));
    }
    if (growth != null) {
      report.put("cluster_cost_growth_1k_to_100k", growth.get("cost_ratio"));
      report.put("open_store_s_at_100k", growth.get("open_store_s"));
    }
    if (stream != null) {
      report.put("stream_ingest_heap_peak_mb", stream.get("heap_peak_mb"));
      report.putIfAbsent("open_store_s_at_100k", stream.get("open_s"));
      report.put("p99_put_to_dossier_ms", stream.get("p99_put_to_dossier_ms"));
    }
    if (hostile != null) {
      report.put("big_article_s", seconds(hostile, "big_article_1mb"));
      report.put("small_post_max_ms_during_big_article", smallPostMax(hostile, "big_article_1mb",
          "big_article_1mb_same_story"));
      report.put("regex_search_x4_s", seconds(hostile, "regex_search_x4"));
      report.put("small_post_max_ms_during_regex", smallPostMax(hostile, "regex_search_x4"));
    }
    report.put("details", details);
    return report;
  }

  @SuppressWarnings("unchecked")
  private static Object seconds(Map<String, Object> hostile, String request) {
    return ((Map<String, Object>) hostile.get(request)).get("seconds");
  }

  @SuppressWarnings("unchecked")
  private static double smallPostMax(Map<String, Object> hostile, String... requests) {
    double max = 0;
    for (String request : requests) {
      max = Math.max(max, ((Number) ((Map<String, Object>) hostile.get(request)).get("small_post_max_ms"))
          .doubleValue());
    }
    return max;
  }

  /** The three stages on 1 thread then on {@code maxThreads}; returns the last row's articles/s. */
  private double[] throughput(Options o, Pipeline pipeline, RawCoreNlp raw, List<Article> usable,
      List<String> languages, Map<String, Object> details, Map<String, Double> heapPeaks) {
    List<Article> texts = Corpus.cycle(usable, o.articles(), "bench");
    List<String> textLanguages = new ArrayList<>();
    long tokens = 0;
    for (int i = 0; i < texts.size(); i++) {
      textLanguages.add(languages.get(i % usable.size()));
    }
    for (int i = 0; i < usable.size(); i++) {
      long perText = raw.annotate(usable.get(i).text(), languages.get(i));
      long copies = texts.size() / usable.size() + (i < texts.size() % usable.size() ? 1 : 0);
      tokens += perText * copies;
    }
    long characters = texts.stream().mapToLong(a -> a.text().length()).sum();
    details.put("texts", Map.of("articles", texts.size(), "distinct", usable.size(), "tokens", tokens,
        "characters", characters, "languages", countLanguages(textLanguages)));
    say("measuring %d texts (%d distinct, %d tokens)", texts.size(), usable.size(), tokens);

    // The three stages, on 1 thread then on maxThreads.
    Set<Integer> threadCounts = new LinkedHashSet<>(List.of(1, Math.max(1, o.maxThreads())));
    Map<String, Object> stages = new LinkedHashMap<>();
    double[] headline = new double[3];
    final long tokenCount = tokens;
    for (int threads : threadCounts) {
      Machine.resetHeapPeaks();
      double limit = best(o.rounds(), () -> runRaw(raw, texts, textLanguages, threads));
      heapPeaks.put("limit_" + threads + "t", round(Machine.heapPeakMb()));
      Machine.resetHeapPeaks();
      double full = best(o.rounds(), () -> timed(() -> pipeline.analyzeAll(texts, threads)));
      heapPeaks.put("pipeline_" + threads + "t", round(Machine.heapPeakMb()));
      Machine.resetHeapPeaks();
      double ingest = best(o.rounds(), () -> runIngest(pipeline, texts, threads));
      heapPeaks.put("ingest_" + threads + "t", round(Machine.heapPeakMb()));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("limit", rates(texts.size(), tokenCount, limit));
      row.put("pipeline", rates(texts.size(), tokenCount, full));
      row.put("ingest", rates(texts.size(), tokenCount, ingest));
      row.put("ratio_pipeline_vs_limit", round(limit / full));
      row.put("ratio_ingest_vs_limit", round(limit / ingest));
      stages.put(threads + "_threads", row);
      headline = new double[] {texts.size() / limit, texts.size() / full, texts.size() / ingest};
      say("%d thread(s): limit %.1f, pipeline %.1f, ingest %.1f articles/s", threads, headline[0], headline[1],
          headline[2]);
    }
    details.put("stages", stages);
    details.put("pipeline_breakdown_1t", breakdown(pipeline, texts));
    return headline;
  }

  /**
   * Where the pipeline's time goes: each annotator run in turn on 1 thread, as {@link Pipeline#analyze} does, in
   * seconds and share of the total. Not a profile: a guide to where one should start.
   */
  private static Map<String, Object> breakdown(Pipeline pipeline, List<Article> texts) {
    Map<String, Long> nanos = new LinkedHashMap<>();
    for (Article article : texts) {
      AnalyzedArticle document = AnalyzedArticle.of(article);
      for (Annotator annotator : pipeline.annotators()) {
        if (!annotator.requires().stream().allMatch(document::has)) {
          continue;
        }
        long start = System.nanoTime();
        try {
          document = annotator.annotate(document);
        } catch (RuntimeException e) {
          document = document.withError(annotator.name() + ": " + e.getMessage());
        }
        nanos.merge(annotator.name(), System.nanoTime() - start, Long::sum);
      }
    }
    long total = nanos.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Object> out = new LinkedHashMap<>();
    nanos.forEach((name, n) -> out.put(name, Map.of("seconds", round(seconds(n)), "share", round((double) n / total))));
    return out;
  }

  private double runRaw(RawCoreNlp raw, List<Article> texts, List<String> languages, int threads) {
    long start = System.nanoTime();
    if (threads == 1) {
      for (int i = 0; i < texts.size(); i++) {
        raw.annotate(texts.get(i).text(), languages.get(i));
      }
      return seconds(System.nanoTime() - start);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        int index = i;
        futures.add(pool.submit(() -> raw.annotate(texts.get(index).text(), languages.get(index))));
      }
      for (Future<Integer> f : futures) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("bare CoreNLP failed", e);
    } finally {
      pool.shutdownNow();
    }
    return seconds(System.nanoTime() - start);
  }

  /** Ingest of {@code texts} into a fresh embedded store, timed: analysis, clustering, SQLite and Lucene. */
  double runIngest(Pipeline pipeline, List<Article> texts, int threads) {
    Path dir = tempDir("vigie-bench-ingest");
    try (Vigie vigie = Vigie.open(dir, () -> pipeline, threads)) {
      long start = System.nanoTime();
      IngestReport report = vigie.ingest().ingest(new IngestResult(texts, List.of(), List.of(), List.of()));
      double s = seconds(System.nanoTime() - start);
      if (report.added().size() != texts.size()) {
        say("warning: ingest stored %d of %d articles", report.added().size(), texts.size());
      }
      return s;
    } finally {
      delete(dir);
    }
  }

  /**
   * One store and one clusterer fed synthetic articles in publication order, timing {@code add} + {@code put} per
   * article; the cost at size n is the mean over the last tenth of the articles before n.
   */
  private Map<String, Object> growth(Recombiner recombiner, Options o) {
    Path dir = tempDir("vigie-bench-growth");
    Map<String, Object> out = new LinkedHashMap<>();
    List<Integer> checkpoints = checkpoints(o.growthFrom(), o.growthTo());
    long[] perArticle = new long[o.growthTo()];
    long[] clusterNanos = new long[o.growthTo()];
    LocalDate first = LocalDate.of(2026, 1, 1);
    long deadline = System.nanoTime() + o.growthBudgetSeconds() * 1_000_000_000L;
    int reached = 0;
    int stories = 0;
    long started = System.nanoTime();
    try (Store store = Store.openEmbedded(dir)) {
      StoryClusterer clusterer = StoryClusterer.create();
      for (int i = 0; i < o.growthTo(); i++) {
        AnalyzedArticle article = recombiner.make(i, first.plusDays(i / Math.max(1, o.articlesPerDay())), 42);
        long a = System.nanoTime();
        Assignment assignment = clusterer.add(article);
        long b = System.nanoTime();
        store.put(article, assignment.story());
        long c = System.nanoTime();
        perArticle[i] = c - a;
        clusterNanos[i] = b - a;
        if (assignment.newStory()) {
          stories++;
        }
        reached = i + 1;
        if (reached % 10_000 == 0) {
          say("growth: %d articles, %d stories, %.0f s", reached, stories, seconds(System.nanoTime() - started));
        }
        if (c > deadline && reached >= o.growthFrom()) {
          say("growth: time budget of %d s reached at %d articles", o.growthBudgetSeconds(), reached);
          break;
        }
        // A run that would exhaust the heap stops and reports the size reached, as for the time budget.
        if (reached % 1_000 == 0 && reached >= o.growthFrom() && Machine.heapShareAfterLastGc() > HEAP_STOP_SHARE) {
          say("growth: heap %.0f %% full after the last collection at %d articles; stopping",
              100 * Machine.heapShareAfterLastGc(), reached);
          break;
        }
      }
      out.put("reached_articles", reached);
      out.put("stories", stories);
      out.put("articles_per_day", o.articlesPerDay());
      out.put("wall_s", round(seconds(System.nanoTime() - started)));
      Map<String, Object> curve = new LinkedHashMap<>();
      for (int n : checkpoints) {
        if (n <= reached) {
          curve.put(String.valueOf(n), costAt(perArticle, clusterNanos, n));
        }
      }
      if (!curve.containsKey(String.valueOf(reached))) {
        curve.put(String.valueOf(reached), costAt(perArticle, clusterNanos, reached));
      }
      out.put("cost_per_article_ms", curve);
      double from = meanMs(perArticle, o.growthFrom());
      double to = meanMs(perArticle, reached);
      out.put("from_articles", o.growthFrom());
      out.put("to_articles", reached);
      out.put("cost_ratio", round(to / from));

      // put → searchable, with the store at the size reached.
      double[] latencies = new double[o.latencySamples()];
      for (int k = 0; k < latencies.length; k++) {
        long n = 10_000_000L + k;
        AnalyzedArticle article = recombiner.make(n, first.plusDays(reached / Math.max(1, o.articlesPerDay())), 7);
        String word = Recombiner.marker(n);
        String story = clusterer.add(article).story();
        long start = System.nanoTime();
        store.put(article, story);
        long limit = start + 10_000_000_000L;
        while (store.search(word, 1).total() == 0) {
          if (System.nanoTime() > limit) {
            throw new IllegalStateException("article " + article.id() + " not searchable after 10 s");
          }
          Thread.onSpinWait();
        }
        latencies[k] = (System.nanoTime() - start) / 1e6;
      }
      Arrays.sort(latencies);
      out.put("latency_samples", latencies.length);
      out.put("p50_put_to_searchable_ms", round(percentile(latencies, 50)));
      out.put("p99_put_to_searchable_ms", round(percentile(latencies, 99)));
      out.put("max_put_to_searchable_ms", round(latencies[latencies.length - 1]));
      // The clusterer's window saved with the store, as the application saves it.
      long s0 = System.nanoTime();
      store.saveState("clusterer", store.lastSequence(), clusterer::save);
      out.put("save_state_s", round(seconds(System.nanoTime() - s0)));
    }
    try {
      // Opening the store as the application does: the saved clusterer restored, the articles stored after it
      // (the latency samples) replayed. Before issue 13 every stored article was replayed.
      long opening = System.nanoTime();
      Vigie vigie = Vigie.open(dir, () -> {
        throw new IllegalStateException("opening analyses nothing");
      }, 1);
      out.put("open_store_s", round(seconds(System.nanoTime() - opening)));
      out.put("open_store_articles", vigie.store().health().articles());
      vigie.close();
      say("growth: the store of %d articles opened in %s s", reached + o.latencySamples(), out.get("open_store_s"));
    } finally {
      delete(dir);
    }
    return out;
  }

  private static Map<String, Object> costAt(long[] total, long[] cluster, int n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("add_and_put", round(meanMs(total, n)));
    m.put("add", round(meanMs(cluster, n)));
    long[] put = new long[n];
    for (int i = 0; i < n; i++) {
      put[i] = total[i] - cluster[i];
    }
    m.put("put", round(meanMs(put, n)));
    return m;
  }

  /** Mean in ms over the last tenth of the first n values (at least one). */
  private static double meanMs(long[] nanos, int n) {
    int window = Math.max(1, n / 10);
    long sum = 0;
    for (int i = n - window; i < n; i++) {
      sum += nanos[i];
    }
    return sum / 1e6 / window;
  }

  private static List<Integer> checkpoints(int from, int to) {
    List<Integer> points = new ArrayList<>();
    points.add(from);
    for (int n = 1_000; n <= to; n *= 10) {
      for (int m : new int[] {n, 2 * n, 5 * n}) {
        if (m > from && m < to) {
          points.add(m);
        }
      }
    }
    if (to > from) {
      points.add(to);
    }
    return points.stream().distinct().sorted().toList();
  }

  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static Map<String, Object> rates(int articles, long tokens, double seconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("seconds", round(seconds));
    m.put("articles_per_s", round(articles / seconds));
    m.put("tokens_per_s", round(tokens / seconds));
    return m;
  }

  private static Map<String, Integer> countLanguages(List<String> languages) {
    Map<String, Integer> m = new LinkedHashMap<>();
    languages.forEach(l -> m.merge(l, 1, Integer::sum));
    return m;
  }

  @FunctionalInterface
  private interface Measurement {
    double seconds();
  }

  private static double best(int rounds, Measurement m) {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < Math.max(1, rounds); r++) {
      best = Math.min(best, m.seconds());
    }
    return best;
  }

  private static double timed(Runnable r) {
    long start = System.nanoTime();
    r.run();
    return seconds(System.nanoTime() - start);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  static double round(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return -1;
    }
    double scale = Math.abs(v) >= 100 ? 10 : Math.abs(v) >= 1 ? 100 : 10_000;
    return Math.round(v * scale) / scale;
  }

  private void say(String format, Object... args) {
    log.printf("bench: " + format + "%n", args);
    log.flush();
  }

  static Path tempDir(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing the run
    }
  }
}
