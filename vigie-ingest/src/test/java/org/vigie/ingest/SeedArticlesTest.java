package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;

/** The two real scraped articles in ../shared/seeds, read from there and never copied into the repository. */
class SeedArticlesTest {
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n", Pattern.UNICODE_CHARACTER_CLASS);

  @Test
  void titleDatelineAndRepeatedTitleSeed() throws IOException {
    Path seed = seed("000_");
    Article article = read(seed);
    String title = "Les pourparlers entre l’Iran et les USA ont commencé à Oman, malgré certains différends ayant "
        + "provoqué un retard.";
    assertThat(article.title()).isEqualTo(title);
    assertThat(article.text().split(Pattern.quote(title), -1)).as("the title appears exactly once").hasSize(2);
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 2, 6));
    assertThat(article.body()).startsWith("Les pourparlers devaient");
    assertThat(article.source()).isEqualTo(seed.toString());
  }

  @Test
  void dateHeaderAndBlankLineRunsSeed() throws IOException {
    Path seed = seed("003_");
    Article article = read(seed);
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 2, 4));
    assertThat(article.title()).startsWith("L'Iran et les Etats-Unis ont engagé vendredi").endsWith(".")
        .doesNotContain("date 2026");
    assertThat(article.body()).doesNotContain("\n\n\n").doesNotStartWith(article.title());
    String raw = Files.readString(seed, StandardCharsets.UTF_8);
    long rawParagraphs = Arrays.stream(BLANK_LINES.split(raw)).filter(paragraph -> !paragraph.isBlank()).count();
    assertThat(WhitespaceNormalizer.paragraphs(article.text()))
        .as("no paragraph lost or merged")
        .hasSize((int) rawParagraphs);
  }

  @Test
  void bothSeedsReadTogetherAsTwoDistinctArticles() throws IOException {
    IngestResult result = Inputs.read(seed("000_"), seed("003_"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.duplicates()).isEmpty();
    assertThat(result.articles()).hasSize(2);
  }

  private static Article read(Path seed) {
    IngestResult result = Inputs.read(seed);
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles()).hasSize(1);
    return result.articles().getFirst();
  }

  private static Path seed(String prefix) throws IOException {
    String shared = System.getProperty("vigie.shared");
    assumeTrue(shared != null, "system property vigie.shared is not set: seed articles skipped");
    Path seeds = Path.of(shared, "seeds");
    assumeTrue(Files.isDirectory(seeds), "no seed articles at " + seeds + ": skipped");
    try (Stream<Path> files = Files.list(seeds)) {
      Path seed = files.filter(file -> file.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
      assumeTrue(seed != null, "seed " + prefix + "* not found in " + seeds + ": skipped");
      return seed;
    }
  }
}
