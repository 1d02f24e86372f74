package org.vigie.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigie.model.Article;

/**
 * The seed articles of {@code ../shared/seeds}, read where the {@code vigie.shared} system property points. Tests
 * that use them are skipped, with the reason, when the directory is absent. Their text never enters the repository.
 */
public final class Seeds {
  private Seeds() {}

  /** Seed 000: its first line is the title, the rest the body. */
  public static Article seed000() {
    String content = read("000_719ac5836a027e8e.txt");
    int newline = content.indexOf('\n');
    return Articles.article("seed-000", content.substring(0, newline).strip(), content.substring(newline).strip());
  }

  /** Seed 003: no title, the whole file as the body (its header line included). */
  public static Article seed003() {
    return Articles.article("seed-003", "", read("003_893c4ca9cc588f19.txt").strip());
  }

  private static String read(String name) {
    String shared = System.getProperty("vigie.shared");
    assumeTrue(shared != null && !shared.isBlank(),
        "system property vigie.shared is not set: run through Maven, or pass -Dvigie.shared=<path to shared/>");
    Path file = Path.of(shared, "seeds", name);
    assumeTrue(Files.isRegularFile(file),
        "seed " + file + " is absent: put the shared/ directory beside the repository");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
