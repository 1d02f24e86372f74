package org.vigie.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden cases read from a test resource. Each case starts with {@code # case: behaviourName}; then {@code key: value}
 * lines. Keys {@code lang}, {@code title} and {@code text} build the input ({@code \n} in a value is a line break);
 * every other line is an expectation, kept in order for the test to check.
 */
public final class GoldenCases {
  /** One case. */
  public record Case(String name, String language, String title, String text, List<String[]> expectations) {}

  private GoldenCases() {}

  public static List<Case> read(String resource) {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = GoldenCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("golden file " + resource + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String name = null;
      String language = "fr";
      String title = "";
      String text = "";
      List<String[]> expectations = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("# case:")) {
          if (name != null) {
            cases.add(new Case(name, language, title, text, expectations));
          }
          name = line.substring("# case:".length()).strip();
          language = "fr";
          title = "";
          text = "";
          expectations = new ArrayList<>();
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip().replace("\\n", "\n");
        switch (key) {
          case "lang" -> language = value;
          case "title" -> title = value;
          case "text" -> text = value;
          default -> expectations.add(new String[] {key, value});
        }
      }
      if (name != null) {
        cases.add(new Case(name, language, title, text, expectations));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }
}
