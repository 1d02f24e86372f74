package org.vigie.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link KillNineIT} kills: ingests generated articles {@code [from, to)} into a store and prints
 * {@code ACK <id> <result>} once each put has returned, that is once the article is acknowledged. Arguments: store
 * directory, first and end article numbers, and optionally how often to commit the index.
 */
public final class CrashChild {
  static final int DIGEST_SIZE = 10;

  private CrashChild() {}

  /** Every ten articles the child also writes a story holding them. */
  static StoryRecord digest(int n, List<String> articleIds) {
    return new StoryRecord("digest-" + n, "Digest " + n, null, null, articleIds,
        org.vigie.model.Dossier.empty("digest-" + n, "Digest " + n + " of " + articleIds.size()));
  }

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int from = Integer.parseInt(args[1]);
    int to = Integer.parseInt(args[2]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int commitEvery = args.length > 3 ? Integer.parseInt(args[3]) : EmbeddedStore.INDEX_COMMIT_EVERY;
    try (EmbeddedStore store = EmbeddedStore.open(dir)) {
      store.indexCommitEvery = commitEvery;
      out.println("READY");
      List<String> digest = new ArrayList<>();
      for (int i = from; i < to; i++) {
        PutResult result = store.put(Generated.article(i), "story-" + (i % 7));
        out.println("ACK gen-" + i + " " + result);
        digest.add("gen-" + i);
        if (digest.size() == DIGEST_SIZE) {
          store.putStory(digest(i / DIGEST_SIZE, digest));
          out.println("STORY digest-" + i / DIGEST_SIZE);
          digest.clear();
        }
      }
    }
    out.println("DONE");
  }
}
