package org.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.store.Store;

/** {@code vigie export} over a store written by hand: to stdout and to a file, filters, bad options. */
class ExportCommandTest {
  @TempDir Path dir;

  private static AnalyzedArticle article(String id, String outlet, String date, String body) {
    Article a = new Article(id, id + ".txt", null, outlet, "Titre " + id, LocalDate.parse(date), "fr", body, Map.of());
    AnalyzedArticle doc = AnalyzedArticle.of(a).withLanguage("fr");
    int at = doc.text().indexOf("Lina Ferrand");
    return at < 0 ? doc : doc.withEntities(List.of(new Entity("e1", "Lina Ferrand", EntityType.PERSON,
        List.of("maire"), List.of(new Mention(at, at + "Lina Ferrand".length(), "Lina Ferrand")))));
  }

  private Path store() {
    Path data = dir.resolve("data");
    try (Store store = Store.openEmbedded(data)) {
      store.put(article("a1", "La Vigie du Port", "2026-04-01", "Lina Ferrand ouvre le chantier, dit-elle."), null);
      store.put(article("a2", "La Vigie du Port", "2026-04-02", "Le chantier avance, \"vite\"."), null);
      store.put(article("a3", "Le Phare", "2026-04-03", "Lina Ferrand visite le chantier."), null);
    }
    return data;
  }

  @Test
  void jsonLinesToStdout_andCsvToAFile_withFilters() throws Exception {
    Path data = store();
    CliRun all = CliRun.of("export", "--data", data.toString(), "--what", "articles");
    assertThat(all.status()).as(all.err()).isZero();
    assertThat(all.out().lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"article_id\":"));
    assertThat(all.err()).contains("exported 3 articles row(s)");

    Path csv = dir.resolve("m.csv");
    CliRun mentions = CliRun.of("export", "--data", data.toString(), "--what", "mentions", "--format", "csv",
        "--output", csv.toString(), "--q", "chantier", "--outlet", "Le Phare");
    assertThat(mentions.status()).as(mentions.err()).isZero();
    assertThat(mentions.out()).isEmpty();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.getFirst()).startsWith("article_id,entity_id,entity_name,entity_type,role");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("a3,person-lina-ferrand,Lina Ferrand,PERSON,maire,1,Le Phare,2026-04-03");

    Path parquet = dir.resolve("a.parquet");
    CliRun binary = CliRun.of("export", "--data", data.toString(), "--what", "articles", "--format", "parquet",
        "--output", parquet.toString(), "--since", "2026-04-02");
    assertThat(binary.status()).as(binary.err()).isZero();
    assertThat(binary.err()).contains("exported 2 articles row(s)");
    assertThat(new String(Files.readAllBytes(parquet), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PAR1");
  }

  @Test
  void badOptions_areNamed() {
    Path data = store();
    assertThat(CliRun.of("export", "--data", data.toString(), "--what", "tweets").err())
        .contains("unknown export 'tweets'");
    assertThat(CliRun.of("export", "--data", data.toString(), "--what", "articles", "--format", "xls").err())
        .contains("choose jsonl, csv or parquet");
    assertThat(CliRun.of("export", "--data", data.toString(), "--what", "articles", "--format", "parquet").err())
        .contains("--output");
    CliRun badQuery = CliRun.of("export", "--data", data.toString(), "--what", "articles", "--q", "(open");
    assertThat(badQuery.status()).isEqualTo(2);
    assertThat(badQuery.out()).isEmpty();
  }
}
