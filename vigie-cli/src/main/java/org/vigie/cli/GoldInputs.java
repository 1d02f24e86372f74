package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.model.AnalyzedArticle;
import org.vigie.nlp.eval.GoldArticle;
import org.vigie.nlp.eval.GoldHalf;
import org.vigie.nlp.eval.GoldReader;

/**
 * Reads a gold corpus in the fr-wikinews GUIDELINES.md format ({@code gold/ID.json} beside {@code texts/ID.txt}) and
 * analyses the articles of one half, for {@code eval who} and {@code train speakers}.
 */
final class GoldInputs {
  private GoldInputs() {}

  /** The description of the corpus folder parameter, {@code DIR}. */
  static final String DIRECTORY = "The corpus folder (with gold/ and texts/), or the gold folder.";

  /** A gold article and its analysis. */
  record Pair(GoldArticle gold, AnalyzedArticle analysed) {}

  /**
   * The pairs of the half, in gold order; null when there is no gold at all.
   *
   * @param ids    filled with the ids of every gold article of the corpus (both halves)
   * @param failed set to true when an article could not be found, read or analysed (each named on {@code err})
   */
  static @Nullable List<Pair> read(Path directory, @Nullable Path texts, boolean html, GoldHalf half, int threads,
      PrintWriter err, List<String> ids, boolean[] failed) throws IOException {
    Path goldFolder = Files.isDirectory(directory.resolve("gold")) ? directory.resolve("gold") : directory;
    if (!Files.isDirectory(goldFolder)) {
      err.println("error: " + directory + ": no such directory");
      return null;
    }
    GoldReader.Read read = GoldReader.folder(goldFolder);
    read.errors().forEach(error -> err.println("error: " + error));
    if (read.articles().isEmpty()) {
      err.println("error: " + goldFolder + ": no gold files (ID.json)");
      return null;
    }
    Path corpus = goldFolder.equals(directory) ? directory.toAbsolutePath().getParent() : directory;
    Path articles = texts != null ? texts : corpus.resolve(html ? "html" : "texts");
    read.articles().forEach(article -> ids.add(article.id()));
    Set<String> wanted = Set.copyOf(half.of(ids));

    Map<String, Path> files = files(articles, html ? ".html" : null);
    Map<String, GoldArticle> gold = new LinkedHashMap<>();
    failed[0] |= !read.errors().isEmpty();
    for (GoldArticle article : read.articles()) {
      if (!wanted.contains(article.id())) {
        continue;
      }
      if (files.containsKey(article.id())) {
        gold.put(article.id(), article);
      } else {
        err.println("error: gold " + article.id() + ": no article " + article.id() + ".* in " + articles);
        failed[0] = true;
      }
    }
    List<String> inputs = gold.keySet().stream().map(id -> files.get(id).toString()).toList();
    Analysis.Analysed analysed = new Analysis(new Ingestor(IngestOptions.defaults()), threads, err).analyse(inputs);
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    for (AnalyzedArticle article : analysed.articles()) {
      byId.put(stem(Path.of(article.source())), article);
    }
    List<Pair> pairs = new ArrayList<>();
    for (GoldArticle article : gold.values()) {
      AnalyzedArticle predicted = byId.get(article.id());
      if (predicted == null) {
        err.println("error: gold " + article.id() + ": its article could not be read or analysed");
        failed[0] = true;
      } else {
        pairs.add(new Pair(article, predicted));
      }
    }
    return pairs;
  }

  /** The article files of {@code folder} by name without extension; only those ending with {@code suffix} if any. */
  private static Map<String, Path> files(Path folder, @Nullable String suffix) throws IOException {
    Map<String, Path> files = new HashMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> listed = Files.list(folder)) {
      listed.filter(Files::isRegularFile)
          .filter(path -> suffix == null || path.getFileName().toString().endsWith(suffix))
          .filter(path -> !path.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(path -> files.putIfAbsent(stem(path), path));
    }
    return files;
  }

  private static String stem(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
