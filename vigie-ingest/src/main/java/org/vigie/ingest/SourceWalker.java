package org.vigie.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigie.model.ItemError;

/**
 * Expands a path the user gave into the files to read: the file itself, or every visible file under a directory,
 * recursively and sorted, each named as the user would write it ({@code corpus/2026/a.txt} for {@code corpus}).
 * Hidden files and directories (a name starting with a dot) inside a directory are skipped, and so are files whose
 * extension names no article format (a README.md, a photo.jpg beside the articles): they are reported as skipped.
 * A file named explicitly is always read. Symbolic links are followed. Entries that cannot be read become errors;
 * the walk goes on.
 */
final class SourceWalker {
  /** A file to read and the name it is reported under. */
  record SourceFile(String name, Path path) {}

  /** The files to read under one input, the entries that failed, and the files left out. */
  record Walk(List<SourceFile> files, List<ItemError> errors, List<Skipped> skipped) {
    static Walk failed(String input, String message) {
      return new Walk(List.of(), List.of(new ItemError(input, message)), List.of());
    }
  }

  private SourceWalker() {}

  static Walk walk(String input) {
    if (input.isBlank()) {
      return Walk.failed(input, "empty path");
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      return Walk.failed(input, "invalid path (" + e.getReason() + ")");
    }
    if (Files.isDirectory(path)) {
      return directory(path, input);
    }
    if (Files.isRegularFile(path)) {
      return new Walk(List.of(new SourceFile(input, path)), List.of(), List.of());
    }
    return Walk.failed(input, whyNotAFile(path));
  }

  private static Walk directory(Path root, String input) {
    List<SourceFile> files = new ArrayList<>();
    List<ItemError> errors = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (!isHidden(file)) {
            if (attributes.isRegularFile() && !FormatSniffer.mayHoldArticles(file.toString())) {
              skipped.add(new Skipped(file.toString(), "not an article format (by its extension)"));
            } else if (attributes.isRegularFile()) {
              files.add(new SourceFile(file.toString(), file));
            } else {
              errors.add(new ItemError(file.toString(), whyNotAFile(file)));
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          if (!isHidden(file)) {
            errors.add(new ItemError(file.toString(), IoErrors.describe(e)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) {
          if (e != null) {
            errors.add(new ItemError(dir.toString(), IoErrors.describe(e)));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      errors.add(new ItemError(input, IoErrors.describe(e)));
    }
    if (files.isEmpty() && errors.isEmpty()) {
      return new Walk(List.of(), List.of(new ItemError(input, skipped.isEmpty()
          ? "empty directory (no visible files)"
          : "no article files (" + skipped.size() + " file(s) of other formats skipped)")), skipped);
    }
    files.sort(Comparator.comparing(SourceFile::path));
    skipped.sort(Comparator.comparing(Skipped::source));
    return new Walk(files, errors, skipped);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String whyNotAFile(Path path) {
    if (Files.isSymbolicLink(path) && !Files.exists(path)) {
      return "broken symbolic link";
    }
    return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "not a regular file" : "no such file or directory";
  }
}
