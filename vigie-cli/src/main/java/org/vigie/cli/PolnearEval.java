package org.vigie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.nlp.eval.Miss;
import org.vigie.nlp.eval.PolnearCorpus;
import org.vigie.nlp.eval.PolnearScorer;

/**
 * The PolNeAR mode of {@code vigie eval who}: English direct quotes and their speakers on one split, figures first,
 * then the misses per article. Each article is analysed with an empty title and English as its language, so that its
 * text is the annotated file's after the blank line that follows the title.
 */
final class PolnearEval {
  private PolnearEval() {}

  /** Prints the figures (and the misses unless {@code figuresOnly}); 1 when some article could not be read. */
  static int run(Path root, String split, int limit, int threads, boolean figuresOnly, PrintWriter out,
      PrintWriter err) {
    PolnearCorpus.Read read;
    try {
      read = PolnearCorpus.split(root, split, limit);
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return 1;
    }
    read.errors().forEach(error -> err.println("error: " + error));
    List<Article> articles = new ArrayList<>();
    for (PolnearCorpus.GoldArticle gold : read.articles()) {
      articles.add(new Article(gold.id(), "polnear:" + split + "/" + gold.id(), null, null, "", null, "en",
          gold.text(), Map.of()));
    }
    err.printf("read %d article(s); analysing on %d thread(s)%n", articles.size(), threads);
    err.flush();
    List<AnalyzedArticle> analysed = articles.isEmpty() ? List.of()
        : NlpRuntime.pipeline().analyzeAll(articles, threads);
    int shift = Article.TITLE_SEPARATOR.length(); // the empty title, then the separator, then the annotated text
    List<PolnearScorer.ArticleScore> scores = new ArrayList<>();
    PolnearScorer.Tally total = PolnearScorer.Tally.ZERO;
    for (int i = 0; i < analysed.size(); i++) {
      PolnearScorer.ArticleScore score = PolnearScorer.score(read.articles().get(i), analysed.get(i), shift);
      scores.add(score);
      total = total.plus(score.tally());
    }
    out.printf("== polnear, %s: %d articles, %d gold direct quotes%n", split, scores.size(), total.gold());
    total.figures().forEach(out::println);
    if (!figuresOnly) {
      out.println("== misses");
      for (PolnearScorer.ArticleScore score : scores) {
        if (!score.misses().isEmpty()) {
          out.println("-- " + score.id());
          for (Miss miss : score.misses()) {
            out.println("  " + miss);
          }
        }
      }
    }
    out.flush();
    return read.errors().isEmpty() ? 0 : 1;
  }
}
