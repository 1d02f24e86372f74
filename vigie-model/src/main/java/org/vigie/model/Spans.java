package org.vigie.model;

/** Checks shared by every span record. */
final class Spans {
  private Spans() {}

  static void check(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
