package org.vigie.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.vigie.app.ArticleSource;
import org.vigie.app.IngestListener;
import org.vigie.app.Vigie;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.DossierArticle;
import org.vigie.model.Layer;
import org.vigie.nlp.Annotator;
import org.vigie.nlp.Pipeline;
import org.vigie.store.StoredArticle;

/**
 * A backfill streamed through the application as {@code vigie ingest} streams one: JSON Lines files read by the
 * ingestor, each article analysed, assigned to its story, stored, its story's dossier written, in one {@link Vigie}
 * under the process's heap. Three files, in this order:
 *
 * <ol>
 *   <li>the first {@code openAt} synthetic articles (made by the {@link Recombiner} as the growth run makes them; a
 *       pipeline of one annotator hands each line its pre-analysed article, so no NLP runs); then the store is
 *       closed and opened again, timed ({@code open_store_s_at_100k});
 *   <li>real articles (ECB+ and the French headlines the synthetic pool does not use, cycled under fresh ids, each
 *       copy after the first with a line of its own: see {@link #copy}) through the real pipeline, timing for each
 *       the delay from its put to its story's dossier listing it in the store ({@code p99_put_to_dossier_ms});
 *   <li>the rest of the synthetic articles, until the total or the time budget.
 * </ol>
 *
 * The heap is sampled all along: its peak use ({@code stream_ingest_heap_peak_mb}) and, every so many articles,
 * its use just after the last collection, which shows whether what the stream keeps alive grows.
 */
final class StreamLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
  private static final long SEED = 99;

  /**
   * @param synthetic total synthetic articles
   * @param openAt    synthetic articles stored before the store is reopened and timed
   * @param real      real articles run through the real pipeline
   * @param perDay    synthetic articles per publication day
   * @param budgetSeconds the last file stops being read after this long
   */
  record Plan(int synthetic, int openAt, int real, int perDay, int budgetSeconds, int threads) {}

  private final PrintWriter log;

  StreamLoad(PrintWriter log) {
    this.log = log;
  }

  Map<String, Object> run(Recombiner recombiner, Pipeline realPipeline, List<Article> realPool, Plan plan) {
    Path dir = EndToEnd.tempDir("vigie-bench-stream");
    Map<String, Object> out = new LinkedHashMap<>();
    HeapWatch heap = new HeapWatch();
    try {
      Path first = dir.resolve("synthetic-1.jsonl");
      Path rest = dir.resolve("synthetic-2.jsonl");
      Path real = dir.resolve("real.jsonl");
      long t0 = System.nanoTime();
      long bytes = writeSynthetic(recombiner, first, 0, plan.openAt(), plan.perDay())
          + writeSynthetic(recombiner, rest, plan.openAt(), plan.synthetic(), plan.perDay())
          + writeReal(realPool, real, plan.real());
      out.put("jsonl_mb", EndToEnd.round(bytes / (1024.0 * 1024.0)));
      out.put("jsonl_write_s", EndToEnd.round((System.nanoTime() - t0) / 1e9));
      say("stream: %.0f MB of JSON Lines written", bytes / (1024.0 * 1024.0));

      Pipeline replay = new Pipeline(List.of(new Replay(recombiner, plan.perDay())));
      Pipeline[] current = {replay};
      Supplier<Pipeline> pipeline = () -> current[0];
      Path data = dir.resolve("data");
      Ingestor ingestor = new Ingestor(IngestOptions.defaults());
      heap.start();
      long started = System.nanoTime();
      Counter counter = new Counter(heap);

      Vigie vigie = Vigie.open(data, pipeline, plan.threads());
      vigie.ingest().ingest(ArticleSource.of(ingestor, List.of(first.toString())), counter);
      vigie.close();
      vigie = null; // else the closed one's clusterer stays reachable while the saved one is restored: twice the state
      long stateBytes = stateSize(data);
      long o = System.nanoTime();
      vigie = Vigie.open(data, pipeline, plan.threads());
      double openSeconds = (System.nanoTime() - o) / 1e9;
      out.put("open_at_articles", counter.added.get());
      out.put("open_s", EndToEnd.round(openSeconds));
      out.put("saved_state_mb", EndToEnd.round(stateBytes / (1024.0 * 1024.0)));
      say("stream: %d articles stored; the store reopened in %.2f s (saved clusterer %.0f MB)", counter.added.get(),
          openSeconds, stateBytes / (1024.0 * 1024.0));

      current[0] = realPipeline;
      DossierLatency latency = new DossierLatency(vigie);
      counter.follow = latency;
      long r = System.nanoTime();
      long storedBefore = counter.added.get();
      vigie.ingest().ingest(ArticleSource.of(ingestor, List.of(real.toString())), counter);
      counter.follow = null;
      double[] delays = latency.finish();
      out.put("real_articles", plan.real());
      out.put("real_stored", counter.added.get() - storedBefore);
      out.put("largest_story_followed", latency.largestStory());
      out.put("real_s", EndToEnd.round((System.nanoTime() - r) / 1e9));
      out.put("dossier_samples", delays.length);
      out.put("p50_put_to_dossier_ms", EndToEnd.round(EndToEnd.percentile(delays, 50)));
      out.put("p99_put_to_dossier_ms", EndToEnd.round(EndToEnd.percentile(delays, 99)));
      out.put("max_put_to_dossier_ms", EndToEnd.round(delays.length == 0 ? 0 : delays[delays.length - 1]));
      say("stream: %d real articles, %d stored (largest story followed: %d articles); put → dossier p99 %.0f ms over"
          + " %d", plan.real(), counter.added.get() - storedBefore, latency.largestStory(),
          EndToEnd.percentile(delays, 99), delays.length);

      current[0] = replay;
      long deadline = started + plan.budgetSeconds() * 1_000_000_000L;
      vigie.ingest().ingest(sink -> ingestor.read(List.of(rest.toString()), new BudgetedSink(sink, deadline)),
          counter);
      vigie.close();
      heap.stop();
      out.put("articles_stored", counter.added.get());
      out.put("wall_s", EndToEnd.round((System.nanoTime() - started) / 1e9));
      out.put("heap_max_mb", EndToEnd.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0)));
      out.put("heap_peak_mb", EndToEnd.round(heap.peak() / (1024.0 * 1024.0)));
      out.put("heap_after_gc_mb_by_articles", counter.afterGc);
      say("stream: %d articles in %.0f s; heap peak %.0f MB", counter.added.get(),
          (System.nanoTime() - started) / 1e9, heap.peak() / (1024.0 * 1024.0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      heap.stop();
      EndToEnd.delete(dir);
    }
    return out;
  }

  private long writeSynthetic(Recombiner recombiner, Path file, int from, int to, int perDay) throws IOException {
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator json = JSON.getFactory().createGenerator(raw)) {
      for (int n = from; n < to; n++) {
        AnalyzedArticle a = recombiner.make(n, FIRST_DAY.plusDays(n / perDay), SEED);
        line(json, a.article());
        if ((n + 1) % 100_000 == 0) {
          say("stream: %d synthetic articles written", n + 1);
        }
      }
    }
    return Files.size(file);
  }

  private long writeReal(List<Article> pool, Path file, int count) throws IOException {
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator json = JSON.getFactory().createGenerator(raw)) {
      for (int i = 0; i < count && !pool.isEmpty(); i++) {
        line(json, copy(pool.get(i % pool.size()), i / pool.size(), "real-" + i));
      }
    }
    return Files.size(file);
  }

  /**
   * The {@code n}th copy of a real article under a fresh id: the first as it is, each later one with a closing line
   * that names its number, so that the reader's deduplicator (exact title and text) stores every copy while the
   * clusterer still takes a copy of a long text for a reprint of it (the one line changes a few of its shingles) and
   * puts it in its original's story: those stories grow as copies arrive.
   */
  static Article copy(Article original, int n, String id) {
    if (n == 0) {
      return original.withId(id);
    }
    String line = "fr".equals(original.language()) ? "Mise à jour n° " + n + "." : "Update number " + n + ".";
    String body = original.body().isBlank() ? line : original.body().strip() + "\n" + line;
    return new Article(id, original.source(), original.url(), original.outlet(), original.title(),
        original.published(), original.language(), body, original.metadata());
  }

  private static void line(JsonGenerator json, Article a) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", a.id());
    json.writeStringField("title", a.title());
    json.writeStringField("text", a.body());
    if (a.outlet() != null) {
      json.writeStringField("outlet", a.outlet());
    }
    if (a.published() != null) {
      json.writeStringField("published", a.published().toString());
    }
    if (a.language() != null) {
      json.writeStringField("language", a.language());
    }
    json.writeEndObject();
    json.writeRaw('\n');
  }

  private static long stateSize(Path data) throws IOException {
    Path state = data.resolve("state").resolve("clusterer");
    return Files.exists(state) ? Files.size(state) : 0;
  }

  /** Hands on what the reader reads until the deadline, then nothing more. */
  private record BudgetedSink(org.vigie.ingest.ReadSink sink, long deadline) implements org.vigie.ingest.ReadSink {
    @Override
    public void article(Article article) {
      if (System.nanoTime() < deadline) {
        sink.article(article);
      }
    }

    @Override
    public void duplicate(org.vigie.model.Duplicate duplicate) {
      sink.duplicate(duplicate);
    }

    @Override
    public void error(org.vigie.model.ItemError error) {
      sink.error(error);
    }

    @Override
    public void skipped(org.vigie.ingest.Skipped skipped) {
      sink.skipped(skipped);
    }
  }

  /** Counts what is stored, says how far the stream is, and records the heap after GC every 50,000 articles. */
  private final class Counter implements IngestListener {
    final AtomicLong added = new AtomicLong();
    final Map<String, Double> afterGc = new LinkedHashMap<>();
    private final HeapWatch heap;
    volatile DossierLatency follow;

    Counter(HeapWatch heap) {
      this.heap = heap;
    }

    @Override
    public void added(String articleId) {
      long n = added.incrementAndGet();
      DossierLatency latency = follow;
      if (latency != null) {
        latency.put(articleId);
      }
      if (n % 50_000 == 0) {
        afterGc.put(String.valueOf(n), EndToEnd.round(heap.afterLastGc() / (1024.0 * 1024.0)));
        say("stream: %d articles stored, heap after the last GC %.0f MB", n, heap.afterLastGc() / (1024.0 * 1024.0));
      }
    }

    @Override
    public void error(org.vigie.model.ItemError error) {
      say("stream: %s: %s", error.source(), error.message());
    }
  }

  /**
   * Follows articles from their put to their story's dossier listing them, polling the store every {@value #POLL_MS}
   * ms: each waiting article's story is looked up once, and each story waited on is read once a poll, so that
   * following every real article costs the dossier thread little.
   */
  private static final class DossierLatency {
    private static final long POLL_MS = 20;

    private static final class Pending {
      final String id;
      final long put;
      @Nullable String story;

      Pending(String id, long put) {
        this.id = id;
        this.put = put;
      }
    }

    private final Vigie vigie;
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final List<Double> delays = new ArrayList<>();
    private final AtomicBoolean done = new AtomicBoolean();
    private final AtomicLong largestStory = new AtomicLong();
    private final Thread poller;

    DossierLatency(Vigie vigie) {
      this.vigie = vigie;
      this.poller = Thread.ofPlatform().daemon().name("vigie-bench-dossier").start(this::poll);
    }

    void put(String id) {
      pending.add(new Pending(id, System.nanoTime()));
    }

    private void poll() {
      List<Pending> waiting = new ArrayList<>();
      while (!done.get() || !waiting.isEmpty() || !pending.isEmpty()) {
        for (Pending p = pending.poll(); p != null; p = pending.poll()) {
          waiting.add(p);
        }
        Map<String, Set<String>> listedByStory = new HashMap<>();
        waiting.removeIf(p -> {
          if (p.story == null) {
            p.story = vigie.store().article(p.id).map(StoredArticle::storyId).orElse(null);
          }
          if (p.story != null && listedByStory.computeIfAbsent(p.story, this::listed).contains(p.id)) {
            synchronized (delays) {
              delays.add((System.nanoTime() - p.put) / 1e6);
            }
            return true;
          }
          return System.nanoTime() - p.put > 600_000_000_000L; // given up after ten minutes
        });
        try {
          Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** The ids the story's stored dossier lists, none if it is not stored yet. */
    private Set<String> listed(String story) {
      return vigie.store().story(story)
          .map(s -> {
            largestStory.accumulateAndGet(s.articleIds().size(), Math::max);
            return s;
          })
          .map(s -> s.dossier().articles().stream().map(DossierArticle::id).collect(Collectors.toSet()))
          .orElse(Set.of());
    }

    /** The most articles a story waited on held when it was read. */
    long largestStory() {
      return largestStory.get();
    }

    double[] finish() {
      done.set(true);
      try {
        poller.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (delays) {
        double[] sorted = delays.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
      }
    }
  }

  /** Samples the heap in use every 50 ms: its peak, and its use after the last collection. */
  private static final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    void start() {
      running = true;
      thread = Thread.ofPlatform().daemon().name("vigie-bench-heap").start(() -> {
        while (running) {
          long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
          peak.accumulateAndGet(used, Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
    }

    void stop() {
      running = false;
    }

    long peak() {
      return peak.get();
    }

    /** Heap in use just after the last collection of each pool, summed (old objects not yet found dead included). */
    long afterLastGc() {
      long used = 0;
      for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
          used += pool.getCollectionUsage().getUsed();
        }
      }
      return used;
    }
  }

  /**
   * The "analysis" of a synthetic article: the article the {@link Recombiner} made for its number, with every layer,
   * so that the stream costs what reading, clustering and storing cost, not the NLP.
   */
  private record Replay(Recombiner recombiner, int perDay) implements Annotator {
    @Override
    public String name() {
      return "replay";
    }

    @Override
    public Set<Layer> requires() {
      return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(Layer.LANGUAGE, Layer.TOKENS, Layer.SENTENCES, Layer.NAMED_MENTIONS, Layer.ENTITIES, Layer.QUOTES,
          Layer.TIMES);
    }

    @Override
    public AnalyzedArticle annotate(AnalyzedArticle document) {
      long n = Long.parseLong(document.id().substring("bench-".length()));
      return recombiner.make(n, FIRST_DAY.plusDays(n / perDay), SEED);
    }
  }

  private void say(String format, Object... args) {
    log.printf("bench: " + format + "%n", args);
    log.flush();
  }
}
