package org.vigie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.vigie.app.spi.BenchRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie bench}: bare CoreNLP, Vigie's pipeline and ingest into the embedded store side by side on the same
 * texts, then the growth of clustering + indexing cost, put → searchable latency and memory. The logic is in
 * vigie-bench, found through {@link BenchRunner}; this command parses options, prints and saves the report.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "Measures throughput, latency and memory, end to end.",
        "Bare CoreNLP, Vigie's pipeline and ingest into the store, side by side on 1 and N threads; the growth of",
        "clustering + indexing cost per article; put -> searchable latency; heap and RSS.",
        "With --articles below 100 it runs a smoke-size bench (growth from 100 to 1,000 articles)."})
final class BenchCommand implements Callable<Integer> {
  private static final List<String> HEADLINE = List.of("limit_articles_per_s", "pipeline_articles_per_s",
      "ingest_articles_per_s", "ratio_pipeline_vs_limit", "p99_ingest_to_searchable_ms", "heap_peak_mb",
      "cluster_cost_growth_1k_to_100k", "stream_ingest_heap_peak_mb", "open_store_s_at_100k",
      "p99_put_to_dossier_ms", "big_article_s", "small_post_max_ms_during_big_article", "regex_search_x4_s",
      "small_post_max_ms_during_regex", "embedded_articles_per_s", "workers_1_articles_per_s",
      "workers_2_articles_per_s", "p50_publish_to_searchable_ms", "p99_publish_to_searchable_ms", "lost",
      "duplicated", "recovery_s");

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Files or folders to read the texts from; repeatable (default: samples/ and ../shared/seeds).")
  List<Path> corpus = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Measure on 1 thread and on N (default: 2).")
  int threads = 2;

  @Option(names = "--articles", paramLabel = "N",
      description = "Texts measured per stage, drawn from the corpus (default: 480; below 100: smoke size).")
  @Nullable Integer articles;

  @Option(names = "--growth-to", paramLabel = "N",
      description = "Store size at which the clustering + indexing cost is measured last (default: 100000).")
  @Nullable Integer growthTo;

  @Option(names = "--growth-budget", paramLabel = "SECONDS",
      description = "Stop the growth run after this long and report the size reached (default: 600).")
  @Nullable Integer growthBudget;

  @Option(names = "--stream-articles", paramLabel = "N",
      description = "Synthetic articles in the streamed backfill (default: 1000000; the store is reopened after the"
          + " first 100000).")
  @Nullable Integer streamArticles;

  @Option(names = "--stream-real", paramLabel = "N",
      description = "Real articles in the streamed backfill, through the NLP pipeline (default: 10000).")
  @Nullable Integer streamReal;

  @Option(names = "--stream-budget", paramLabel = "SECONDS",
      description = "Stop the streamed backfill after this long and report the size reached (default: 7200).")
  @Nullable Integer streamBudget;

  @Option(names = "--only", paramLabel = "PHASE",
      description = "Run only this phase: growth (clustering + indexing cost, then put -> searchable and memory),"
          + " stream (a backfill of JSON Lines through the application: heap, reopening the store, put -> dossier),"
          + " or hostile (a 1 MB article and a costly regular expression against a server, with the latency of"
          + " small POSTs sent meanwhile).")
  @Nullable String only;

  @Option(names = "--distributed",
      description = {"Run the distributed mode instead, on Kafka, PostgreSQL and OpenSearch that the bench starts on"
          + " loopback, with the real pipeline in worker processes: ingest into the embedded store, one worker, two,"
          + " publish -> searchable latency at half the two workers' throughput, then a worker and the storyteller"
          + " killed mid-stream (lost, duplicated, recovery_s).",
          "--articles sets the articles per phase (default: 40), --threads the analysis threads per worker."})
  boolean distributed;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--results", paramLabel = "DIR",
      description = "Where to save the run's JSON and Markdown report (default: bench/results in the repository).")
  @Nullable Path results;

  @Option(names = "--no-save", description = "Do not save the report.")
  boolean noSave;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1 || (articles != null && articles < 1)) {
      err.println("error: --threads and --articles must be at least 1");
      return 2;
    }
    java.util.Optional<BenchRunner> runner = BenchRunner.find();
    if (runner.isEmpty()) {
      err.println("error: the bench is not on the class path: run it through ./vigie bench, which puts vigie-bench"
          + " on it");
      return 1;
    }
    if (distributed) {
      if (only != null) {
        err.println("error: --distributed is a run of its own: drop --only");
        return 2;
      }
      only = "distributed";
    }
    if (only != null && !runner.get().phases().contains(only)) {
      err.println("error: --only accepts one phase: " + String.join(" or ", runner.get().phases()));
      return 2;
    }
    Map<String, Object> report;
    try {
      report = runner.get().run(new BenchRunner.Request(corpus, articles, threads, growthTo, growthBudget,
          streamArticles, streamReal, streamBudget, only), err);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    String command = "vigie " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
    ObjectMapper mapper = new ObjectMapper();
    if (json) {
      out.println(mapper.writeValueAsString(report));
    } else {
      out.print(table(report));
    }
    out.flush();
    if (!noSave) {
      Path dir = results != null ? results
          : Path.of(System.getProperty("vigie.home", ".")).resolve("bench").resolve("results");
      Files.createDirectories(dir);
      String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
      Map<String, Object> saved = new LinkedHashMap<>();
      saved.put("command", command);
      saved.putAll(report);
      Path jsonFile = dir.resolve("bench-" + stamp + ".json");
      Files.writeString(jsonFile, mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(saved) + "\n",
          StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("bench-" + stamp + ".md"), "# `" + command + "`\n\n" + table(report),
          StandardCharsets.UTF_8);
      err.println("bench: report saved to " + jsonFile);
    }
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static String table(Map<String, Object> report) {
    StringBuilder sb = new StringBuilder();
    Map<String, Object> details = (Map<String, Object>) report.get("details");
    Map<String, Object> machine = (Map<String, Object>) details.get("machine");
    sb.append(String.format("machine: %s cores, %s MB, %s; %s; %s%n%n", machine.get("cores"),
        machine.get("memory_mb"), machine.get("cpu_model"), machine.get("jdk"), machine.get("date")));
    Map<String, Object> stages = (Map<String, Object>) details.getOrDefault("stages", Map.of());
    if (!stages.isEmpty()) {
      sb.append("| stage | threads | articles/s | tokens/s | seconds |\n|---|---|---|---|---|\n");
    }
    for (var row : stages.entrySet()) {
      String threads = row.getKey().replace("_threads", "");
      Map<String, Object> stage = (Map<String, Object>) row.getValue();
      for (String name : List.of("limit", "pipeline", "ingest")) {
        Map<String, Object> r = (Map<String, Object>) stage.get(name);
        sb.append(String.format("| %s | %s | %s | %s | %s |%n",
            name.equals("limit") ? "bare CoreNLP (limit)" : name.equals("pipeline") ? "Vigie pipeline" : "ingest",
            threads, r.get("articles_per_s"), r.get("tokens_per_s"), r.get("seconds")));
      }
    }
    sb.append("\n| key | value |\n|---|---|\n");
    for (String key : HEADLINE) {
      if (!report.containsKey(key)) {
        continue;
      }
      sb.append("| ").append(key).append(" | ").append(report.get(key)).append(" |\n");
    }
    Map<String, Object> growth = (Map<String, Object>) details.get("growth");
    if (growth != null) {
      sb.append(String.format("%nclustering + indexing (ms per article, mean over the last tenth before n), %s → %s "
          + "articles: %s%n", growth.get("from_articles"), growth.get("to_articles"),
          growth.get("cost_per_article_ms")));
      sb.append(String.format("put → searchable: p50 %s ms, p99 %s ms (%s samples)%n",
          growth.get("p50_put_to_searchable_ms"), growth.get("p99_put_to_searchable_ms"),
          growth.get("latency_samples")));
    }
    if (details.containsKey("stream")) {
      sb.append(String.format("streamed backfill: %s%n", details.get("stream")));
    }
    if (details.containsKey("hostile")) {
      sb.append(String.format("hostile requests, with small POSTs sent meanwhile: %s%n", details.get("hostile")));
    }
    sb.append(String.format("heap peak by phase (MB): %s; RSS peak %s MB; model load %s s%n",
        details.get("heap_peak_by_phase_mb"), details.get("rss_peak_mb"), details.get("model_load_s")));
    if (details.containsKey("pipeline_breakdown_1t")) {
      sb.append(String.format("pipeline time by annotator, 1 thread: %s%n", details.get("pipeline_breakdown_1t")));
    }
    return sb.toString();
  }
}
