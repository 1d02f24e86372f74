package org.vigie.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns an I/O failure into words a user can act on; the exception's own message is often just the path. */
final class IoErrors {
  private IoErrors() {}

  static String describe(IOException e) {
    return switch (e) {
      case NoSuchFileException ignored -> "no such file or directory";
      case AccessDeniedException ignored -> "permission denied";
      case FileSystemLoopException ignored -> "symbolic link loop";
      case NotDirectoryException ignored -> "not a directory";
      default -> "cannot read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
    };
  }
}
