package org.vigie.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.vigie.distributed.Publisher;
import org.vigie.distributed.Topics;
import org.vigie.localengines.ChildJvm;
import org.vigie.localengines.LocalEngines;
import org.vigie.model.Article;
import org.vigie.nlp.Analyzers;
import org.vigie.nlp.Pipeline;
import org.vigie.store.Store;
import org.vigie.store.StoredArticle;
import org.vigie.store.StoryQuery;
import org.vigie.store.StorySummary;

/**
 * {@code vigie bench --distributed}: the distributed mode on real engines started here (Kafka in KRaft mode,
 * PostgreSQL, OpenSearch: {@link LocalEngines}), with the real pipeline in worker processes. In one run: ingest into
 * the embedded store (the reference), then one worker, then two, each from publish to stored, in articles/s; publish →
 * searchable latency at a steady rate of half the two workers' throughput; then a worker and the storyteller killed
 * with SIGKILL mid-stream, a new storyteller started at once (as a supervisor would), and what was lost or doubled
 * counted over every article published, with the time the flow stood still.
 *
 * <p>Each worker and the storyteller is a JVM of its own ({@link DistributedRole}); their CPU time per article is
 * read from the operating system, the per-article cost a capacity estimate starts from. It measures; it asserts
 * nothing.
 */
final class DistributedLoad {
  /** Articles published to let a worker's JIT and the group settle before a timed phase. */
  private static final int WARM_UP = 4;
  private static final long POLL_MS = 100;
  private static final int PARTITIONS = Topics.DEFAULT_PARTITIONS;
  /** Articles per timed phase unless told. */
  static final int DEFAULT_ARTICLES = 40;
  /** How long one phase may take (a worker loading CoreNLP's models on a loaded machine takes minutes). */
  static final int PHASE_BUDGET_SECONDS = 900;

  /**
   * @param corpus   texts, cycled with fresh ids per phase
   * @param articles articles per timed phase (throughput, latency and the kill)
   * @param threads  analysis threads of the embedded ingest and of each worker
   * @param budgetSeconds how long any one phase may take before the run gives up
   */
  record Plan(List<Article> corpus, int articles, int threads, int budgetSeconds) {}

  private final PrintWriter log;
  private final List<Process> children = new ArrayList<>();
  private final Set<String> published = new HashSet<>();
  private Path logs;

  DistributedLoad(PrintWriter log) {
    this.log = log;
  }

  Map<String, Object> run(Plan plan) {
    logs = EndToEnd.tempDir("vigie-bench-distributed");
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("machine", Machine.describe());
    details.put("load_average_at_start", loadAverage());
    details.put("options", Map.of("articles", plan.articles(), "threads_per_worker", plan.threads(),
        "ingest_partitions", PARTITIONS, "logs", logs.toString()));
    Map<String, Object> report = new LinkedHashMap<>();
    try {
      say("embedded: loading the pipeline");
      Pipeline pipeline = Analyzers.standard();
      Analyzers.warmUp(Analyzers.supportedLanguages());
      pipeline.analyzeAll(Corpus.cycle(plan.corpus(), Math.min(plan.corpus().size(), 8), "warm"), plan.threads());
      double embedded = new EndToEnd(log).runIngest(pipeline, Corpus.cycle(plan.corpus(), plan.articles(),
          "embedded"), plan.threads());
      report.put("embedded_articles_per_s", EndToEnd.round(plan.articles() / embedded));
      say("embedded: %.2f articles/s; starting Kafka, PostgreSQL and OpenSearch", plan.articles() / embedded);

      long t0 = System.nanoTime();
      String bootstrap = LocalEngines.kafka();
      LocalEngines.Locations at = LocalEngines.freshStore();
      Topics.create(bootstrap, PARTITIONS, (short) 1);
      details.put("engines_start_s", EndToEnd.round((System.nanoTime() - t0) / 1e9));
      try (Store store = Store.openServer(at.postgresUrl(), at.opensearch());
          Publisher publisher = new Publisher(bootstrap)) {
        Process worker1 = start("worker1", "-Xmx3g", "worker", bootstrap, Integer.toString(plan.threads()));
        Process worker2 = start("worker2", "-Xmx3g", "worker", bootstrap, Integer.toString(plan.threads()));
        Process storyteller = start("storyteller", "-Xmx1g", "storyteller", bootstrap, at.postgresUrl(),
            at.opensearch().toString());
        awaitLine("worker1.out", "READY", plan.budgetSeconds());
        awaitLine("worker2.out", "READY", plan.budgetSeconds());
        awaitLine("storyteller.out", "READY", plan.budgetSeconds());
        say("workers and storyteller ready; one worker");

        go(worker1);
        awaitLine("worker1.err", "worker: given partitions", plan.budgetSeconds());
        Map<String, Object> one = throughput(plan, publisher, store, "w1", List.of(worker1), storyteller);
        report.put("workers_1_articles_per_s", one.get("articles_per_s"));
        details.put("workers_1", one);

        say("two workers");
        go(worker2);
        awaitLine("worker2.err", "worker: given partitions", plan.budgetSeconds());
        Map<String, Object> two = throughput(plan, publisher, store, "w2", List.of(worker1, worker2), storyteller);
        report.put("workers_2_articles_per_s", two.get("articles_per_s"));
        details.put("workers_2", two);

        double rate = 0.5 * ((Number) two.get("articles_per_s")).doubleValue();
        Map<String, Object> latency = latency(plan, publisher, store, rate);
        report.put("p50_publish_to_searchable_ms", latency.get("p50_ms"));
        report.put("p99_publish_to_searchable_ms", latency.get("p99_ms"));
        details.put("publish_to_searchable", latency);

        Map<String, Object> kill = kill(plan, publisher, store, worker1, storyteller, bootstrap, at);
        report.put("lost", kill.get("lost"));
        report.put("duplicated", kill.get("duplicated"));
        report.put("recovery_s", kill.get("recovery_s"));
        details.put("kill", kill);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      children.forEach(Process::destroyForcibly);
    }
    details.put("load_average_at_end", loadAverage());
    report.put("details", details);
    return report;
  }

  /** Publishes a warm-up, then {@code articles} at once; times them from the first publish to the last stored. */
  private Map<String, Object> throughput(Plan plan, Publisher publisher, Store store, String prefix,
      List<Process> workers, Process storyteller) throws InterruptedException {
    publishAll(publisher, Corpus.cycle(plan.corpus(), WARM_UP * workers.size(), prefix + "warm"));
    awaitStored(store, published.size(), plan.budgetSeconds());
    double[] workerCpu = workers.stream().mapToDouble(DistributedLoad::cpuSeconds).toArray();
    double storytellerCpu = cpuSeconds(storyteller);
    long start = System.nanoTime();
    publishAll(publisher, Corpus.cycle(plan.corpus(), plan.articles(), prefix));
    awaitStored(store, published.size(), plan.budgetSeconds());
    double seconds = (System.nanoTime() - start) / 1e9;
    double workerCpuSpent = 0;
    for (int i = 0; i < workers.size(); i++) {
      workerCpuSpent += cpuSeconds(workers.get(i)) - workerCpu[i];
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", plan.articles());
    m.put("seconds", EndToEnd.round(seconds));
    m.put("articles_per_s", EndToEnd.round(plan.articles() / seconds));
    m.put("worker_cpu_ms_per_article", EndToEnd.round(1000 * workerCpuSpent / plan.articles()));
    m.put("storyteller_cpu_ms_per_article",
        EndToEnd.round(1000 * (cpuSeconds(storyteller) - storytellerCpu) / plan.articles()));
    m.put("load_average", loadAverage());
    say("%s: %s", prefix, m);
    return m;
  }

  /**
   * Publishes {@code articles} at {@code rate} per second, each with a word of its own in its title, and searches
   * for the ones not found yet every {@value #POLL_MS} ms: the latency is from the publish call to the first search
   * that finds it.
   */
  private Map<String, Object> latency(Plan plan, Publisher publisher, Store store, double rate)
      throws InterruptedException {
    say("publish -> searchable at %.2f articles/s (half the two workers' throughput)", rate);
    List<Article> articles = new ArrayList<>();
    List<Article> texts = Corpus.cycle(plan.corpus(), plan.articles(), "lat");
    for (int i = 0; i < texts.size(); i++) {
      Article a = texts.get(i);
      articles.add(new Article(a.id(), a.source(), a.url(), a.outlet(), a.title() + " " + Recombiner.marker(i),
          a.published(), a.language(), a.body(), a.metadata()));
    }
    Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
    long intervalNanos = (long) (1e9 / Math.max(0.01, rate));
    Thread sender = Thread.ofPlatform().daemon().start(() -> {
      long next = System.nanoTime();
      for (int i = 0; i < articles.size(); i++) {
        long wait = next - System.nanoTime();
        if (wait > 0) {
          try {
            TimeUnit.NANOSECONDS.sleep(wait);
          } catch (InterruptedException e) {
            return;
          }
        }
        sentAt.put(i, System.nanoTime());
        publisher.publish(articles.get(i));
        next += intervalNanos;
      }
    });
    articles.forEach(a -> published.add(a.id()));
    double[] latencies = new double[articles.size()];
    Set<Integer> found = new HashSet<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(plan.budgetSeconds())
        + (long) (articles.size() * (double) intervalNanos);
    while (found.size() < articles.size()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("publish -> searchable: " + found.size() + " of " + articles.size()
            + " articles searchable within the budget");
      }
      for (Map.Entry<Integer, Long> sent : Map.copyOf(sentAt).entrySet()) {
        int i = sent.getKey();
        if (!found.contains(i) && store.search(Recombiner.marker(i), 1).total() > 0) {
          latencies[i] = (System.nanoTime() - sent.getValue()) / 1e6;
          found.add(i);
        }
      }
      Thread.sleep(POLL_MS);
    }
    sender.join();
    Arrays.sort(latencies);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", articles.size());
    m.put("rate_per_s", EndToEnd.round(rate));
    m.put("p50_ms", EndToEnd.round(EndToEnd.percentile(latencies, 50)));
    m.put("p99_ms", EndToEnd.round(EndToEnd.percentile(latencies, 99)));
    m.put("max_ms", EndToEnd.round(latencies[latencies.length - 1]));
    m.put("poll_ms", POLL_MS);
    m.put("load_average", loadAverage());
    say("publish -> searchable: %s", m);
    return m;
  }

  /**
   * Publishes {@code articles} at once; when a quarter is stored, kills a worker and the storyteller with SIGKILL and
   * starts a new storyteller; then counts, over every article published in the run, those not stored and indexed
   * once in one story.
   */
  private Map<String, Object> kill(Plan plan, Publisher publisher, Store store, Process worker, Process storyteller,
      String bootstrap, LocalEngines.Locations at) throws IOException, InterruptedException {
    long before = store.health().articles();
    publishAll(publisher, Corpus.cycle(plan.corpus(), plan.articles(), "kill"));
    awaitStored(store, before + Math.max(1, plan.articles() / 4), plan.budgetSeconds());
    worker.destroyForcibly(); // SIGKILL
    storyteller.destroyForcibly();
    long killedAt = System.nanoTime();
    worker.waitFor(30, TimeUnit.SECONDS);
    storyteller.waitFor(30, TimeUnit.SECONDS);
    long storedAtKill = store.health().articles();
    say("kill: a worker and the storyteller killed with %d of %d stored; a new storyteller starts", storedAtKill,
        published.size());
    start("storyteller-restarted", "-Xmx1g", "storyteller", bootstrap, at.postgresUrl(), at.opensearch().toString());
    double recovery = -1;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(plan.budgetSeconds());
    while (store.health().articles() < published.size() && System.nanoTime() < deadline) {
      if (recovery < 0 && store.health().articles() > storedAtKill) {
        recovery = (System.nanoTime() - killedAt) / 1e9;
      }
      Thread.sleep(POLL_MS);
    }
    double complete = (System.nanoTime() - killedAt) / 1e9;
    if (recovery < 0) {
      recovery = complete;
    }
    Thread.sleep(3_000); // copies delivered again after the kill arrive; they must not be stored twice
    Map<String, Object> m = new LinkedHashMap<>(count(store));
    m.put("recovery_s", EndToEnd.round(recovery));
    m.put("kill_to_all_stored_s", EndToEnd.round(complete));
    m.put("stored_at_kill", storedAtKill);
    m.put("published", published.size());
    say("kill: %s", m);
    return m;
  }

  /** Lost: published and not stored, or stored in no story; duplicated: extra rows, documents, story memberships. */
  private Map<String, Object> count(Store store) {
    Map<String, Integer> rows = new HashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    long after = 0;
    for (List<StoredArticle> page = store.articles(after, 500); !page.isEmpty(); page = store.articles(after, 500)) {
      for (StoredArticle a : page) {
        rows.merge(a.article().id(), 1, Integer::sum);
        if (a.storyId() != null) {
          storyOf.put(a.article().id(), a.storyId());
        }
        after = a.sequence();
      }
    }
    Map<String, Integer> memberships = new HashMap<>();
    for (StorySummary story : store.stories(StoryQuery.all().withLimit(100_000))) {
      story.articleIds().forEach(id -> memberships.merge(id, 1, Integer::sum));
    }
    long lost = published.stream().filter(id -> !rows.containsKey(id) || !storyOf.containsKey(id)).count();
    long extraRows = rows.values().stream().mapToLong(n -> n - 1).sum();
    long extraMemberships = memberships.values().stream().mapToLong(n -> Math.max(0, n - 1)).sum();
    long documents = store.health().indexed();
    long extraDocuments = Math.max(0, documents - rows.size());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lost", lost);
    m.put("duplicated", extraRows + extraMemberships + extraDocuments);
    m.put("stored", rows.size());
    m.put("indexed", documents);
    m.put("unindexed", Math.max(0, rows.size() - documents));
    return m;
  }

  private void publishAll(Publisher publisher, List<Article> articles) {
    for (Article a : articles) {
      publisher.publish(a);
      published.add(a.id());
    }
    publisher.flush();
  }

  private static void awaitStored(Store store, long count, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long stored;
    while ((stored = store.health().articles()) < count) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(stored + " of " + count + " articles stored within " + seconds + " s");
      }
      Thread.sleep(POLL_MS);
    }
  }

  private Process start(String name, String heap, String... args) throws IOException {
    Process p = ChildJvm.start(DistributedRole.class, heap, List.of(args), logs, name);
    children.add(p);
    return p;
  }

  /** Lets a worker waiting after its warm-up join the workers' group. */
  private static void go(Process worker) throws IOException {
    OutputStream in = worker.getOutputStream();
    in.write("go\n".getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  private void awaitLine(String file, String text, int seconds) throws IOException, InterruptedException {
    LocalEngines.awaitText(logs.resolve(file), text, seconds);
  }

  private static double cpuSeconds(Process p) {
    return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private void say(String format, Object... args) {
    log.printf("bench: distributed: " + format + "%n", args);
    log.flush();
  }
}
