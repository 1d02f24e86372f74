package org.vigie.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --texts DIR} option of the commands that read a gold corpus ({@link GoldInputs}). */
final class TextsOption {
  @Option(names = "--texts", paramLabel = "DIR",
      description = "Where the articles are (files named ID.*), when not beside the gold.")
  @Nullable Path directory;
}
