package org.vigie.cli;

import java.nio.file.Path;
import org.vigie.store.Store;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by the commands that open a store. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR",
      description = "The store directory (default: ./vigie-data; created when absent).")
  Path directory = Store.DEFAULT_DIR;
}
