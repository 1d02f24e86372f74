package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.vigie.nlp.eval.GoldHalf;
import org.vigie.nlp.eval.HipeRoles;

/**
 * Role recall on HIPE-2022's hipe2020 French dev file (historical newspapers, other domain than fr-wikinews): the
 * persons' functions, their names given. The read half's misses are printed; the scored half only as a figure.
 */
class HipeRolesIT {
  private static final Path FILE = Path.of(System.getProperty("vigie.shared", "../../shared"), "corpora",
      "hipe2022-fr", "HIPE-2022-v2.1-hipe2020-dev-fr.tsv");

  @Test
  void rolesBesideGivenNames_areFoundOnBothHalves() {
    assumeTrue(Files.isRegularFile(FILE), "skipped: HIPE-2022 is not at " + FILE.toAbsolutePath());
    List<HipeRoles.Document> documents = HipeRoles.read(FILE);
    EntityGrouper grouper = new EntityGrouper();
    HipeRoles.Result read = HipeRoles.score(HipeRoles.half(documents, GoldHalf.READ), grouper::annotate);
    HipeRoles.Result scored = HipeRoles.score(HipeRoles.half(documents, GoldHalf.SCORED), grouper::annotate);
    if (Boolean.getBoolean("vigie.misses")) {
      read.misses().forEach(miss -> System.out.println("missed role: " + miss));
    }
    System.out.printf(Locale.ROOT, "HIPE roles: read %d/%d %.3f, scored %d/%d %.3f%n", read.found(),
        read.functions(), read.recall(), scored.found(), scored.functions(), scored.recall());
    System.out.println("HIPE read " + read.errors().line());
    System.out.println("HIPE scored " + scored.errors().line());

    assertThat(read.functions()).isGreaterThan(30);
    assertThat(scored.functions()).isGreaterThan(30);
    assertThat(read.recall()).isGreaterThan(0.70);
    assertThat(scored.recall()).isGreaterThan(0.57);
  }
}
