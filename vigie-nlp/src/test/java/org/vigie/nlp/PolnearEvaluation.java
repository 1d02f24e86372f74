package org.vigie.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Entity;
import org.vigie.model.Mention;
import org.vigie.model.Quote;

/**
 * Measures English direct quotes against PolNeAR's dev split (brat standoff: Source, Cue, Content). Not a test; run
 * by hand, see {@link ModelFootprint} for the class path:
 *
 * <pre>
 * java -Xmx4g -cp "vigie-nlp/target/test-classes:vigie-nlp/target/classes:$(cat cp.txt)" \
 *     org.vigie.nlp.PolnearEvaluation ../shared/corpora/polnear dev
 * </pre>
 *
 * A gold direct quote is a Content fragment that starts with a quotation mark. It is found when a system direct
 * quote overlaps at least half of its words (and exactly when the spans agree inside the marks). Its speaker is
 * right when the system speaker's entity has a mention inside the gold Source span, or the speaker's name and the
 * Source share their last word; gold sources that are pronouns are counted apart.
 */
public final class PolnearEvaluation {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");

  private PolnearEvaluation() {}

  private record Gold(int start, int end, int sourceStart, int sourceEnd, String source) {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpora/polnear");
    String split = args.length > 1 ? args[1] : "dev";
    Pipeline pipeline = Analyzers.standard();
    int gold = 0;
    int found = 0;
    int exact = 0;
    int named = 0;
    int namedRight = 0;
    int pronoun = 0;
    int pronounResolved = 0;
    int systemDirect = 0;
    int systemMatched = 0;
    Set<String> seen = new HashSet<>();
    List<Path> annotations;
    try (Stream<Path> files = Files.list(root.resolve(split).resolve("attributions"))) {
      annotations = files.filter(path -> path.toString().endsWith(".ann")).sorted().toList();
    }
    for (Path annotation : annotations) {
      String stem = annotation.getFileName().toString().replaceAll("_[0-9a-f]{4}\\.ann$", "");
      if (!seen.add(stem)) {
        continue; // the same article annotated by another annotator
      }
      Path textFile = root.resolve(split).resolve("text").resolve(stem + ".txt");
      if (!Files.exists(textFile)) {
        continue;
      }
      String body = Files.readString(textFile, StandardCharsets.UTF_8);
      List<Gold> golds = gold(Files.readAllLines(annotation, StandardCharsets.UTF_8), body);
      AnalyzedArticle result = pipeline.analyze(Articles.article(stem, "", body, "en"));
      int shift = 2; // the empty title and its blank line
      List<Quote> direct = result.quotes().stream().filter(Quote::direct).toList();
      systemDirect += direct.size();
      Set<Quote> matchedSystem = new HashSet<>();
      for (Gold g : golds) {
        gold++;
        Quote best = null;
        for (Quote quote : direct) {
          int overlap = Math.min(quote.end() - shift, g.end) - Math.max(quote.start() - shift, g.start);
          if (overlap * 2 >= g.end - g.start) {
            best = quote;
          }
        }
        if (best == null) {
          continue;
        }
        found++;
        matchedSystem.add(best);
        if (best.start() - shift == g.start && best.end() - shift == g.end) {
          exact++;
        }
        boolean isPronoun = PRONOUNS.contains(g.source.toLowerCase(Locale.ROOT).strip());
        boolean right = speakerRight(result, best, g, shift);
        if (isPronoun) {
          pronoun++;
          pronounResolved += best.speaker() != null && best.speaker().entity() != null ? 1 : 0;
        } else {
          named++;
          namedRight += right ? 1 : 0;
          if (!right && Boolean.getBoolean("polnear.verbose")) {
            System.out.printf("MISS gold=[%s] system=%s cue=%s quote=[%.60s]%n", g.source, best.speaker(),
                best.cue(), best.text());
          }
        }
      }
      systemMatched += matchedSystem.size();
      if (Boolean.getBoolean("polnear.extra")) {
        for (Quote quote : direct) {
          if (!matchedSystem.contains(quote)) {
            System.out.printf("EXTRA speaker=%s cue=%s quote=[%.70s]%n",
                quote.speaker() == null ? null : quote.speaker().name(), quote.cue(), quote.text());
          }
        }
      }
    }
    System.out.printf("articles %d, gold direct quotes %d%n", seen.size(), gold);
    System.out.printf("content recall (>= half overlap) %.1f%% (%d), exact spans %.1f%% (%d)%n",
        100.0 * found / gold, found, 100.0 * exact / gold, exact);
    System.out.printf("system direct quotes %d, of which matching a gold one %.1f%%%n", systemDirect,
        100.0 * systemMatched / Math.max(1, systemDirect));
    System.out.printf("speaker accuracy on found quotes with a named gold source %.1f%% (%d/%d)%n",
        100.0 * namedRight / Math.max(1, named), namedRight, named);
    System.out.printf("found quotes with a pronoun gold source: %d, given an entity speaker: %d%n", pronoun,
        pronounResolved);
  }

  private static boolean speakerRight(AnalyzedArticle result, Quote quote, Gold g, int shift) {
    if (quote.speaker() == null) {
      return false;
    }
    String name = quote.speaker().name();
    String lastWord = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    if (!lastWord.isEmpty() && g.source.toLowerCase(Locale.ROOT).matches("(?s).*\\b" + java.util.regex.Pattern
        .quote(lastWord) + "\\b.*")) {
      return true;
    }
    for (Entity entity : result.entities()) {
      if (entity.id().equals(quote.speaker().entity())) {
        for (Mention mention : entity.mentions()) {
          if (mention.start() - shift >= g.sourceStart && mention.end() - shift <= g.sourceEnd) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The Content fragments that start with a quotation mark, inside the marks, with their attribution's Source. */
  private static List<Gold> gold(List<String> lines, String text) {
    Map<String, int[][]> spans = new HashMap<>();
    Map<String, String> kinds = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : lines) {
      String[] fields = line.split("\t");
      if (line.startsWith("T") && fields.length >= 2) {
        String[] typeAndSpans = fields[1].split(" ", 2);
        kinds.put(fields[0], typeAndSpans[0]);
        String[] fragments = typeAndSpans[1].split(";");
        int[][] offsets = new int[fragments.length][];
        for (int i = 0; i < fragments.length; i++) {
          String[] pair = fragments[i].trim().split(" ");
          offsets[i] = new int[] {Integer.parseInt(pair[0]), Integer.parseInt(pair[1])};
        }
        spans.put(fields[0], offsets);
      } else if (line.startsWith("E") && fields.length >= 2) {
        relations.add(fields[1].split(" "));
      }
    }
    List<Gold> golds = new ArrayList<>();
    for (String[] relation : relations) {
      String content = null;
      String source = null;
      for (String argument : relation) {
        String[] roleAndId = argument.split(":");
        if (roleAndId[0].equals("Content")) {
          content = roleAndId[1];
        } else if (roleAndId[0].equals("Source")) {
          source = roleAndId[1];
        }
      }
      if (content == null || source == null || !spans.containsKey(content) || !spans.containsKey(source)) {
        continue;
      }
      int[] sourceSpan = spans.get(source)[0];
      String sourceText = text.substring(sourceSpan[0], Math.min(text.length(), sourceSpan[1]));
      for (int[] fragment : spans.get(content)) {
        if (fragment[1] > text.length() || fragment[1] - fragment[0] < 2) {
          continue;
        }
        char first = text.charAt(fragment[0]);
        if ("“\"‘".indexOf(first) < 0) {
          continue;
        }
        int start = fragment[0] + 1;
        int end = fragment[1];
        if ("”\"’".indexOf(text.charAt(end - 1)) >= 0) {
          end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
          end--;
        }
        golds.add(new Gold(start, end, sourceSpan[0], sourceSpan[1], sourceText));
      }
    }
    return golds;
  }
}
