package org.vigie.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Ingestor;
import org.vigie.model.Article;

/** Where the benchmarks get their real texts: the repository's samples, the shared seeds, and ECB+ when present. */
public final class Corpus {
  private Corpus() {}

  /** {@code ../shared} unless the {@code vigie.shared} system property says otherwise. */
  public static Path shared() {
    return Path.of(System.getProperty("vigie.shared", "../shared"));
  }

  /** The repository root: {@code vigie.home} when set (the launcher sets it), else the first parent with samples/. */
  public static Path repositoryRoot() {
    String home = System.getProperty("vigie.home");
    if (home != null) {
      return Path.of(home);
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples")) && Files.exists(p.resolve("vigie"))) {
        return p;
      }
    }
    return here;
  }

  /** The default corpus directories: samples/ and, when present, the shared seeds. */
  public static List<Path> defaultDirectories() {
    List<Path> dirs = new ArrayList<>();
    Path samples = repositoryRoot().resolve("samples");
    if (Files.isDirectory(samples)) {
      dirs.add(samples);
    }
    Path seeds = resolveShared("seeds");
    if (seeds != null) {
      dirs.add(seeds);
    }
    return dirs;
  }

  /** A directory or file under the shared data, or null when absent. */
  public static @Nullable Path resolveShared(String relative) {
    Path shared = shared();
    if (!shared.isAbsolute() && !Files.exists(shared)) {
      shared = repositoryRoot().resolve(shared);
    }
    Path p = shared.resolve(relative);
    return Files.exists(p) ? p : null;
  }

  /** Reads every article in the given files and folders with Vigie's ingestor; inputs without a date get one. */
  public static List<Article> read(List<Path> inputs) {
    Ingestor ingestor = new Ingestor(new IngestOptions(LocalDate.of(2026, 2, 6),
        IngestOptions.DEFAULT_MAX_ARTICLE_BYTES, IngestOptions.DEFAULT_HTTP_TIMEOUT));
    IngestResult result = ingestor.read(inputs.stream().map(Path::toString).toList());
    return result.articles().stream().filter(a -> !a.body().isBlank()).toList();
  }

  /** The default corpus: samples/ and ../shared/seeds. */
  public static List<Article> standard() {
    return read(defaultDirectories());
  }

  /** Up to {@code limit} ECB+ articles (English news), or none when the corpus is absent. */
  public static List<Article> ecbPlus(int limit) {
    Path jsonl = resolveShared("corpora/ecbplus/articles.jsonl");
    if (jsonl == null || limit <= 0) {
      return List.of();
    }
    List<Article> all = read(List.of(jsonl));
    return all.subList(0, Math.min(limit, all.size()));
  }

  /**
   * Real articles the synthetic pool does not use: the ECB+ articles after the first {@code poolTaken}, and the
   * French headline stories; none when the corpora are absent.
   */
  public static List<Article> realBeyondPool(int poolTaken) {
    List<Article> out = new ArrayList<>();
    Path ecb = resolveShared("corpora/ecbplus/articles.jsonl");
    if (ecb != null) {
      List<Article> all = read(List.of(ecb));
      out.addAll(all.subList(Math.min(poolTaken, all.size()), all.size()));
    }
    Path headlines = resolveShared("corpora/fr-headline-clusters/articles.jsonl");
    if (headlines != null) {
      out.addAll(read(List.of(headlines)));
    }
    return out;
  }

  /**
   * {@code count} articles drawn round-robin from {@code corpus}, each with a fresh id, so that the store and the
   * clusterer see distinct articles even when the corpus is smaller than {@code count}.
   */
  public static List<Article> cycle(List<Article> corpus, int count, String prefix) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the corpus holds no article");
    }
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(corpus.get(i % corpus.size()).withId(prefix + "-" + i));
    }
    return out;
  }
}
