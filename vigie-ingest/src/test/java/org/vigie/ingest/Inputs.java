package org.vigie.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes hand-made inputs and reads them with default options. */
final class Inputs {
  private Inputs() {}

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IngestResult read(Path... files) {
    return new Ingestor(IngestOptions.defaults()).read(List.of(files).stream().map(Path::toString).toList());
  }

  static IngestResult read(String name, String content) {
    return new Ingestor(IngestOptions.defaults()).read(name, content.getBytes(StandardCharsets.UTF_8), null);
  }
}
