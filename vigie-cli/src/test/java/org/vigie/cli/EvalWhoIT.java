package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vigie eval who} on fr-wikinews (both halves, figures only: the scored half's misses are never printed) and
 * on the two seeds with the gold written for them in {@code src/test/resources/seeds-gold}. The floors sit just
 * under the figures the current rules reach, so a change that loses ground fails here.
 */
class EvalWhoIT {
  private static final Pattern FIGURE = Pattern.compile("^([a-z ]+?) ([\\d.]+) \\((\\d+)/(\\d+)\\)$", Pattern.MULTILINE);

  @Test
  void frWikinews_bothHalvesStayAboveTheirFloors() {
    Path corpus = SharedData.corpus("fr-wikinews");

    CliRun run = CliRun.of("eval", "who", "--figures-only", corpus.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("== misses").doesNotContain("missed");
    Map<String, Double> read = figures(run.out(), "read half");
    Map<String, Double> scored = figures(run.out(), "scored half");
    assertThat(read.get("entity recall")).isGreaterThan(0.93);
    assertThat(scored.get("entity recall")).isGreaterThan(0.84);
    assertThat(read.get("entity precision")).isGreaterThan(0.89);
    assertThat(scored.get("entity precision")).isGreaterThan(0.81);
    assertThat(read.get("role recall")).isGreaterThan(0.72);
    assertThat(scored.get("role recall")).isGreaterThan(0.66);
    assertThat(read.get("quote recall")).isGreaterThan(0.87);
    assertThat(scored.get("quote recall")).isGreaterThan(0.93);
    assertThat(read.get("speaker accuracy")).isGreaterThan(0.78);
    assertThat(scored.get("speaker accuracy")).isGreaterThan(0.71);
    assertThat(read.get("time value accuracy")).isGreaterThan(0.83);
    assertThat(scored.get("time value accuracy")).isGreaterThan(0.85);
    assertThat(publishedRight(run.out())).isGreaterThanOrEqualTo(48);
  }

  @Test
  void frWikinewsHtml_pagesDatedOnlyInTheirTextGetTheirDate() {
    Path corpus = SharedData.corpus("fr-wikinews");

    CliRun run = CliRun.of("eval", "who", "--html", "--figures-only", corpus.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(publishedRight(run.out())).isGreaterThanOrEqualTo(48);
  }

  /** Of the 50 articles, how many were analysed with their gold publication date. */
  private static int publishedRight(String out) {
    Matcher published = Pattern.compile("== [^\\n]*, all: 50 articles\\n(?:.*\\n)*?published right (\\d+)/50")
        .matcher(out);
    assertThat(published.find()).as(out).isTrue();
    return Integer.parseInt(published.group(1));
  }

  @Test
  void seeds_entitiesRolesQuotesSpeakersTimesAndDatesArePerfect() {
    Path seeds = SharedData.seeds();
    Path gold = SharedData.repositoryRoot().resolve("vigie-cli/src/test/resources/seeds-gold");

    CliRun run = CliRun.of("eval", "who", "--texts", seeds.toString(), gold.toString());

    assertThat(run.status()).as(run.err()).isZero();
    Map<String, Double> all = figures(run.out(), "all");
    assertThat(all.get("entity recall")).isEqualTo(1.0);
    assertThat(all.get("role recall")).isEqualTo(1.0);
    assertThat(all.get("time value accuracy")).isEqualTo(1.0);
    assertThat(run.out()).contains("published right 2/2");
    assertThat(all.get("entity precision")).isEqualTo(1.0);
    assertThat(all.get("quote recall")).isEqualTo(1.0);
    assertThat(all.get("speaker accuracy")).isEqualTo(1.0);
  }

  /**
   * Vigie's own French texts ({@code src/test/resources/speech-fr}): the check half is never trained on nor read
   * for rules, so it is a second held-out figure for quotes and speakers.
   */
  @Test
  void ownTexts_checkHalfQuotesAndSpeakersStayAboveTheirFloors() {
    Path check = SharedData.repositoryRoot().resolve("vigie-cli/src/test/resources/speech-fr/check");

    CliRun run = CliRun.of("eval", "who", "--figures-only", check.toString());

    assertThat(run.status()).as(run.err()).isZero();
    Map<String, Double> all = figures(run.out(), "all");
    assertThat(all.get("quote recall")).isGreaterThan(0.97);
    assertThat(all.get("speaker accuracy")).isGreaterThan(0.83);
    assertThat(speakerErrors(run.out(), "all")).as(run.out()).isEqualTo(speakersWrong(run.out(), "all"));
  }

  /** The sum of the counts on the block's "speaker errors:" line (figures only, so printed without misses). */
  private static int speakerErrors(String out, String block) {
    Matcher line = Pattern.compile(", " + block + ": \\d+ articles\\n(?:.*\\n)*?speaker errors: (.*)").matcher(out);
    assertThat(line.find()).as(out).isTrue();
    Matcher count = Pattern.compile(" (\\d+)(?:;|$)").matcher(line.group(1));
    int sum = 0;
    while (count.find()) {
      sum += Integer.parseInt(count.group(1));
    }
    return sum;
  }

  /** Gold quotes of the block without their speaker: those missed and those given another one. */
  private static int speakersWrong(String out, String block) {
    Matcher line = Pattern.compile(", " + block
        + ": \\d+ articles\\n(?:.*\\n)*?speaker accuracy [\\d.]+ \\((\\d+)/(\\d+)\\)").matcher(out);
    assertThat(line.find()).as(out).isTrue();
    return Integer.parseInt(line.group(2)) - Integer.parseInt(line.group(1));
  }

  @Test
  void aFolderWithoutGoldIsAnError(@TempDir Path empty) throws Exception {
    Files.writeString(empty.resolve("notes.txt"), "rien");

    CliRun run = CliRun.of("eval", "who", empty.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("no gold files");
  }

  /** The figures of the block headed "== NAME, {@code block}: N articles". */
  private static Map<String, Double> figures(String out, String block) {
    Matcher header = Pattern.compile("^== [^\\n]*, " + block + ": \\d+ articles$", Pattern.MULTILINE).matcher(out);
    assertThat(header.find()).as("a block '%s' in:%n%s", block, out).isTrue();
    int end = out.indexOf("\n==", header.end());
    String body = out.substring(header.end(), end < 0 ? out.length() : end);
    Map<String, Double> figures = new HashMap<>();
    Matcher figure = FIGURE.matcher(body);
    while (figure.find()) {
      figures.put(figure.group(1), Double.parseDouble(figure.group(2)));
    }
    assertThat(figures).as(body).containsKeys("entity recall", "entity precision", "role recall", "quote recall",
        "speaker accuracy", "time value accuracy");
    return figures;
  }
}
