package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch with bad items: each gets an error naming it, the good ones are analysed, the exit status says so. */
class AnalyzeBadInputIT {
  private static final String ARTICLE = """
      Le conseil municipal de Vals-sur-Loire vote le budget

      Le conseil municipal de Vals-sur-Loire a adopté lundi soir son budget pour 2026. \
      « C'est un budget de rigueur », a déclaré la maire, Hélène Carbonnel.
      """;

  @TempDir Path dir;

  @Test
  void badItemsAreReportedAndTheBatchGoesOn() throws IOException {
    Files.writeString(dir.resolve("good.txt"), ARTICLE);
    Files.writeString(dir.resolve("empty.txt"), "");
    Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
    Files.writeString(dir.resolve("feed.jsonl"), """
        {"id": "w1", "title": "Grève des contrôleurs", "published": "2026-03-02", "text": "La grève a commencé lundi à Lyon."}
        {"id": "w2", "title": broken
        """, StandardCharsets.UTF_8);

    CliRun run = CliRun.of("analyze", dir.toString());

    assertThat(run.status()).isEqualTo(1);
    JsonNode report = run.json();
    List<String> ids = new ArrayList<>();
    report.get("articles").forEach(a -> ids.add(a.get("id").asText()));
    assertThat(ids).hasSize(2).contains("w1");
    List<String> errors = new ArrayList<>();
    report.get("errors").forEach(e -> errors.add(e.get("source").asText() + " => " + e.get("message").asText()));
    assertThat(errors).hasSize(3);
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("empty.txt").containsIgnoringCase("empty"));
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("image.txt").containsIgnoringCase("binary"));
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("feed.jsonl:2").containsIgnoringCase("JSON"));
    assertThat(run.err()).contains("empty.txt");
  }

  @Test
  void aMissingPathIsAnErrorNotACrash() {
    CliRun run = CliRun.of("analyze", dir.resolve("nowhere.txt").toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.json().get("errors").get(0).get("source").asText()).endsWith("nowhere.txt");
  }

  @Test
  void publishedOptionDatesUndatedInputs() throws IOException {
    Files.writeString(dir.resolve("undated.txt"), ARTICLE);

    CliRun run = CliRun.of("analyze", "--published", "2026-03-02", dir.resolve("undated.txt").toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.json().get("articles").get(0).get("published").asText()).isEqualTo("2026-03-02");
  }

  @Test
  void exactDuplicatesAreReportedOnce() throws IOException {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Files.writeString(dir.resolve("b.txt"), ARTICLE);

    CliRun run = CliRun.of("analyze", dir.toString());

    JsonNode report = run.json();
    assertThat(report.get("articles")).hasSize(1);
    assertThat(report.get("duplicates")).hasSize(1);
    assertThat(report.get("duplicates").get(0).get("duplicate_of").asText())
        .isEqualTo(report.get("articles").get(0).get("id").asText());
  }

  @Test
  void textFormatIsReadable() throws IOException {
    Files.writeString(dir.resolve("good.txt"), ARTICLE);

    CliRun run = CliRun.of("analyze", "--format", "text", dir.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("== Le conseil municipal de Vals-sur-Loire vote le budget")
        .contains("Hélène Carbonnel")
        .contains("1 article(s)");
  }

  @Test
  void noThreadsIsAUsageError() {
    CliRun run = CliRun.of("analyze", "--threads", "0", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--threads must be at least 1, got 0");
  }

  @Test
  void aBadDateIsAUsageError() {
    CliRun run = CliRun.of("analyze", "--published", "02/03/2026", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--published");
  }
}
