package org.vigie.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.vigie.app.fixtures.CrashArticles;
import org.vigie.app.fixtures.HandmadePipeline;
import org.vigie.model.Article;

/**
 * The process {@link StoriesKillNineIT} kills: streams generated articles {@code [0, total)} through a {@link Vigie}
 * (analysis by the hand-made pipeline, stories, store) and prints {@code ACK <id>} as each is stored. Arguments:
 * store directory, total, and after how many stored articles the clusterer's state is saved.
 */
public final class StoryCrashChild {
  private StoryCrashChild() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int total = Integer.parseInt(args[1]);
    StoryDesk.checkpointArticles = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Vigie vigie = Vigie.open(dir, HandmadePipeline::create, 1)) {
      out.println("READY");
      vigie.ingest().ingest(sink -> {
        for (int i = 0; i < total; i++) {
          sink.article(CrashArticles.article(i));
        }
      }, new IngestListener() {
        @Override
        public void added(String articleId) {
          out.println("ACK " + articleId);
        }
      });
    }
    out.println("DONE");
  }
}
