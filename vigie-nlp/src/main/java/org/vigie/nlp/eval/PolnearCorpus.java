package org.vigie.nlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One split of PolNeAR (brat standoff: Source, Cue and Content spans tied by attribution events) read as the gold of
 * English direct quotes: a Content fragment that opens with a quotation mark is one quote, its text inside the marks,
 * its speaker the attribution's Source. An article annotated by several annotators counts once (the first file).
 */
public final class PolnearCorpus {
  private static final String OPENING_MARKS = "“\"‘";
  private static final String CLOSING_MARKS = "”\"’";

  private PolnearCorpus() {}

  /** One gold direct quote: offsets into the article's text file, and its Source span and words. */
  public record GoldQuote(int start, int end, int sourceStart, int sourceEnd, String source) {}

  /** One article: its name (the text file's, without extension), text, and gold direct quotes. */
  public record GoldArticle(String id, String text, List<GoldQuote> quotes) {
    public GoldArticle {
      quotes = List.copyOf(quotes);
    }
  }

  /** What a split gave: its articles in name order, and the files that could not be read, each named. */
  public record Read(List<GoldArticle> articles, List<String> errors) {
    public Read {
      articles = List.copyOf(articles);
      errors = List.copyOf(errors);
    }
  }

  /** The articles of {@code root/split} ("dev", "train"), at most {@code limit} of them, in name order. */
  public static Read split(Path root, String split, int limit) throws IOException {
    Path folder = root.resolve(split);
    Path annotations = folder.resolve("attributions");
    if (!Files.isDirectory(annotations)) {
      throw new IOException(annotations + ": no such directory (expected PolNeAR's " + split + "/attributions)");
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(annotations)) {
      files = listed.filter(path -> path.getFileName().toString().endsWith(".ann")).sorted().toList();
    }
    Set<String> seen = new LinkedHashSet<>();
    List<GoldArticle> articles = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path file : files) {
      String id = file.getFileName().toString().replaceAll("_[0-9a-f]{4}\\.ann$", "");
      if (articles.size() >= limit || !seen.add(id)) {
        continue;
      }
      Path textFile = folder.resolve("text").resolve(id + ".txt");
      if (!Files.exists(textFile)) {
        errors.add(file + ": no text file " + textFile.getFileName());
        continue;
      }
      try {
        String text = Files.readString(textFile, StandardCharsets.UTF_8);
        articles.add(new GoldArticle(id, text, quotes(Files.readAllLines(file, StandardCharsets.UTF_8), text)));
      } catch (IOException | RuntimeException e) {
        errors.add(file + ": " + e.getMessage());
      }
    }
    return new Read(articles, errors);
  }

  /** The Content fragments that open with a quotation mark, inside the marks, with their attribution's Source. */
  static List<GoldQuote> quotes(List<String> lines, String text) {
    Map<String, int[][]> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : lines) {
      String[] fields = line.split("\t");
      if (line.startsWith("T") && fields.length >= 2) {
        String[] typeAndSpans = fields[1].split(" ", 2);
        if (typeAndSpans.length < 2) {
          continue;
        }
        String[] fragments = typeAndSpans[1].split(";");
        int[][] offsets = new int[fragments.length][];
        for (int i = 0; i < fragments.length; i++) {
          String[] pair = fragments[i].trim().split(" ");
          offsets[i] = new int[] {Integer.parseInt(pair[0]), Integer.parseInt(pair[1])};
        }
        spans.put(fields[0], offsets);
      } else if (line.startsWith("E") && fields.length >= 2) {
        events.add(fields[1].split(" "));
      }
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (String[] event : events) {
      String content = null;
      String source = null;
      for (String argument : event) {
        String[] roleAndId = argument.split(":");
        if (roleAndId.length == 2 && roleAndId[0].equals("Content")) {
          content = roleAndId[1];
        } else if (roleAndId.length == 2 && roleAndId[0].equals("Source")) {
          source = roleAndId[1];
        }
      }
      if (content == null || source == null || !spans.containsKey(content) || !spans.containsKey(source)) {
        continue;
      }
      int[] sourceSpan = spans.get(source)[0];
      String sourceText = text.substring(sourceSpan[0], Math.min(text.length(), sourceSpan[1]));
      for (int[] fragment : spans.get(content)) {
        if (fragment[1] > text.length() || fragment[1] - fragment[0] < 2
            || OPENING_MARKS.indexOf(text.charAt(fragment[0])) < 0) {
          continue;
        }
        int start = fragment[0] + 1;
        int end = fragment[1];
        if (CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        quotes.add(new GoldQuote(start, end, sourceSpan[0], sourceSpan[1], sourceText));
      }
    }
    return quotes;
  }
}
