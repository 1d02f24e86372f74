package org.vigie.stories.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Gold stories as a TSV file: one article id, a tab, and its story id per line; other lines are ignored. */
public final class GoldStories {
  private GoldStories() {}

  /** Article id → gold story id. */
  public static Map<String, String> read(Path tsv) throws IOException {
    Map<String, String> gold = new TreeMap<>();
    for (String line : Files.readAllLines(tsv)) {
      String[] cells = line.split("\t");
      if (cells.length >= 2) {
        gold.put(cells[0].strip(), cells[1].strip());
      }
    }
    return gold;
  }
}
