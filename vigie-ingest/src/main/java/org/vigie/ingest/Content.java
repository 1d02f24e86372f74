package org.vigie.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Bytes to read, from a file or from memory; a file is opened only as far as the reader needs. */
sealed interface Content {
  long size() throws IOException;

  InputStream open() throws IOException;

  default byte[] head(int maxBytes) throws IOException {
    try (InputStream in = open()) {
      return in.readNBytes(maxBytes);
    }
  }

  default byte[] readAll() throws IOException {
    try (InputStream in = open()) {
      return in.readAllBytes();
    }
  }

  record OfFile(Path path) implements Content {
    @Override
    public long size() throws IOException {
      return Files.size(path);
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }

  record OfBytes(byte[] bytes) implements Content {
    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    public byte[] head(int maxBytes) {
      return Arrays.copyOf(bytes, Math.min(bytes.length, maxBytes));
    }

    @Override
    public byte[] readAll() {
      return bytes;
    }
  }
}
