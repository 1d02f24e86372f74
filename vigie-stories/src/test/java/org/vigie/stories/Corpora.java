package org.vigie.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestResult;
import org.vigie.ingest.Ingestor;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.nlp.Analyzers;
import org.vigie.stories.eval.GoldStories;

/** Reads the shared evaluation corpora at test time through the real ingest and NLP pipeline. Nothing is cached. */
public final class Corpora {
  private Corpora() {}

  /** The shared folder, or null when the {@code vigie.shared} property is unset or the folder is absent. */
  public static Path shared() {
    String property = System.getProperty("vigie.shared");
    if (property == null) {
      return null;
    }
    Path path = Path.of(property);
    return Files.isDirectory(path) ? path : null;
  }

  /** {@code stories.tsv}: article id → gold story. */
  public static Map<String, String> gold(Path corpus) {
    try {
      return GoldStories.read(corpus.resolve("stories.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Article> read(List<String> paths) {
    IngestResult result = new Ingestor(IngestOptions.defaults()).read(paths);
    return result.articles();
  }

  /** Reads {@code articles.jsonl} and analyses the articles whose ids are in {@code keep}. */
  public static List<AnalyzedArticle> analyse(Path corpus, Set<String> keep) {
    List<Article> articles = read(List.of(corpus.resolve("articles.jsonl").toString())).stream()
        .filter(a -> keep.contains(a.id()))
        .toList();
    return Analyzers.standard().analyzeAll(articles, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }
}
