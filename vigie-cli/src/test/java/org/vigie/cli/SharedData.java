package org.vigie.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real seed articles and corpora live: ../shared beside the repository, read at test time only. */
final class SharedData {
  private SharedData() {}

  static Path seeds() {
    Path seeds = Path.of(System.getProperty("vigie.shared", "../shared"), "seeds");
    assumeTrue(Files.isDirectory(seeds), "skipped: the real seed articles are not at " + seeds.toAbsolutePath());
    return seeds;
  }

  static Path corpus(String name) {
    Path corpus = Path.of(System.getProperty("vigie.shared", "../shared"), "corpora", name);
    assumeTrue(Files.isDirectory(corpus), "skipped: the " + name + " corpus is not at " + corpus.toAbsolutePath());
    return corpus;
  }

  static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.exists(here.resolve("vigie")) ? here : here.getParent();
  }
}
