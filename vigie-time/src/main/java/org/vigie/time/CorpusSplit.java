package org.vigie.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A deterministic split of a corpus into a development half (files sorted by name, even indexes), the only one
 * rules may be tuned on, and a held-out test half (odd indexes).
 */
public record CorpusSplit(List<Path> dev, List<Path> test) {

  public CorpusSplit {
    dev = List.copyOf(dev);
    test = List.copyOf(test);
  }

  public static CorpusSplit of(Collection<Path> files) {
    List<Path> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(path -> path.getFileName().toString()));
    List<Path> dev = new ArrayList<>();
    List<Path> test = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      (i % 2 == 0 ? dev : test).add(sorted.get(i));
    }
    return new CorpusSplit(dev, test);
  }

  /** The {@code .tml} files directly in {@code directory}, sorted by name. */
  public static List<Path> tmlFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".tml"))
          .sorted(Comparator.comparing(path -> path.getFileName().toString()))
          .toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot list TimeML files in " + directory, unreadable);
    }
  }

  public List<Path> all() {
    return Stream.concat(dev.stream(), test.stream())
        .sorted(Comparator.comparing(path -> path.getFileName().toString()))
        .toList();
  }
}
