package org.vigie.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --threads N} option shared by the commands that analyse articles. */
final class ThreadsOption {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  private int count = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of cores).")
  void count(int count) {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + count);
    }
    this.count = count;
  }

  /** The analysis threads, at least 1. */
  int count() {
    return count;
  }
}
