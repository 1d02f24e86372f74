package org.vigie.ingest;

import java.util.Locale;

/** Sizes as a user reads them in error messages. */
final class ByteSizes {
  private static final double MEGABYTE = 1024.0 * 1024.0;

  private ByteSizes() {}

  /** {@code 52428800} becomes {@code "50.0 MB"}. */
  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / MEGABYTE);
  }

  static String tooLarge(String what, long size, long limit) {
    return what + " too large (" + megabytes(size) + " > " + megabytes(limit) + " limit)";
  }
}
