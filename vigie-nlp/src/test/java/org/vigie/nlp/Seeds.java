package org.vigie.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.Article;

/**
 * The seed articles of {@code ../shared/seeds}, read where the {@code vigie.shared} system property points, and
 * shaped as the CLI's ingest shapes them. Tests that use them are skipped, with the reason, when the directory is
 * absent. Their text never enters the repository.
 */
public final class Seeds {
  private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\\n[ \\t]*(?:\\n[ \\t]*)+");
  private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date \\d{4}-\\d{2}-\\d{2}\\s+");
  private static final Pattern DATELINE = Pattern.compile("^\\d{1,2} \\p{L}+ \\d{4}$");

  private Seeds() {}

  /**
   * Seed 000: its first line is the title; the body starts after the dateline and the paragraph that repeats the
   * title.
   */
  public static Article seed000() {
    String content = read("000_719ac5836a027e8e.txt");
    int newline = content.indexOf('\n');
    String title = content.substring(0, newline).strip();
    String[] paragraphs = BLANK_LINE_RUNS.split(content.substring(newline).strip());
    StringBuilder body = new StringBuilder();
    for (String paragraph : paragraphs) {
      String line = paragraph.replaceAll("^[\\s\\u00a0]+|[\\s\\u00a0]+$", "");
      if (line.isEmpty() || DATELINE.matcher(line).matches() || line.equals(title)) {
        continue;
      }
      body.append(body.isEmpty() ? "" : "\n\n").append(line);
    }
    return Articles.article("seed-000", title, body.toString());
  }

  /**
   * Seed 003: without its {@code date} header, its first sentence is the title and the rest the body, with runs
   * of blank lines collapsed to one.
   */
  public static Article seed003() {
    String content = DATE_HEADER.matcher(read("003_893c4ca9cc588f19.txt")).replaceFirst("");
    Matcher firstSentence = Pattern.compile("\\.\\s").matcher(content);
    int end = firstSentence.find() ? firstSentence.start() + 1 : content.length();
    String title = content.substring(0, end).strip();
    String body = BLANK_LINE_RUNS.matcher(content.substring(end).strip()).replaceAll("\n\n");
    return Articles.article("seed-003", title, body);
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
