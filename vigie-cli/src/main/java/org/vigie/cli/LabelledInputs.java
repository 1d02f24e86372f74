package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingestor;
import org.vigie.model.Duplicate;
import org.vigie.stories.clustering.LabelledCorpus;
import org.vigie.stories.eval.GoldStories;
import picocli.CommandLine.Parameters;

/**
 * The {@code ARTICLES.jsonl STORIES.tsv} pairs that {@code eval clusters} and {@code train clusters} take (a picocli
 * mixin), read and analysed once each. A corpus is named after the folder of its gold file ({@code ecbplus} for
 * {@code corpora/ecbplus/stories.tsv}).
 */
final class LabelledInputs {
  @Parameters(arity = "2..*", paramLabel = "ARTICLES.jsonl STORIES.tsv",
      description = "Pairs of files: the articles (JSON Lines) and their gold stories (article id TAB story id).")
  List<Path> files = List.of();

  /** The corpora, or null after printing an error that names the first bad argument. */
  @Nullable List<LabelledCorpus> readOrExplain(int threads, PrintWriter err) {
    try {
      return read(files, threads, err);
    } catch (BadInput e) {
      err.println("error: " + e.getMessage());
      return null;
    }
  }

  /** The corpora, or an error message naming the first bad argument. */
  private static List<LabelledCorpus> read(List<Path> pairs, int threads, PrintWriter progress) throws BadInput {
    if (pairs.isEmpty() || pairs.size() % 2 != 0) {
      throw new BadInput("expected pairs of ARTICLES.jsonl STORIES.tsv, got " + pairs.size() + " path(s)");
    }
    List<LabelledCorpus> corpora = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i += 2) {
      Path articles = pairs.get(i);
      Path stories = pairs.get(i + 1);
      for (Path file : List.of(articles, stories)) {
        if (!Files.isRegularFile(file)) {
          throw new BadInput(file + ": no such file");
        }
      }
      Map<String, String> gold;
      try {
        gold = GoldStories.read(stories);
      } catch (IOException e) {
        throw new BadInput(stories + ": cannot read it (" + e.getMessage() + ")");
      }
      if (gold.isEmpty()) {
        throw new BadInput(stories + ": no line of the form article id TAB story id");
      }
      progress.println("corpus " + name(stories) + ": " + articles);
      Analysis.Analysed analysed =
          new Analysis(new Ingestor(IngestOptions.defaults()), threads, progress).analyse(List.of(articles.toString()));
      Map<String, String> copies = new HashMap<>();
      for (Duplicate duplicate : analysed.duplicates()) {
        copies.put(duplicate.id(), duplicate.duplicateOf());
      }
      corpora.add(new LabelledCorpus(name(stories), analysed.articles(), gold, copies));
    }
    return corpora;
  }

  private static String name(Path stories) {
    Path parent = stories.toAbsolutePath().getParent();
    return parent == null || parent.getFileName() == null ? stories.getFileName().toString()
        : parent.getFileName().toString();
  }

  /** An argument that names no usable corpus. */
  private static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }
}
