package org.vigie.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into lines, holding one line at a time and at most {@code maxLineBytes} of it, so a huge
 * JSON Lines file streams through and one oversized line is reported instead of exhausting memory.
 */
final class LineReader {
  private static final int BUFFER_BYTES = 64 * 1024;

  /**
   * @param number 1-based
   * @param bytes  the line without its terminator, or null when it is longer than the limit
   * @param length the line's length in bytes
   */
  record Line(int number, byte @Nullable [] bytes, long length) {}

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int position;
  private int limit;
  private int lineNumber;

  LineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  @Nullable Line next() throws IOException {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        break;
      }
      any = true;
      int newline = indexOfNewline();
      int end = newline < 0 ? limit : newline;
      int count = end - position;
      if (length + count <= maxLineBytes) {
        kept.write(buffer, position, count);
      }
      length += count;
      position = newline < 0 ? limit : newline + 1;
      if (newline >= 0) {
        break;
      }
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    if (length > maxLineBytes) {
      return new Line(lineNumber, null, length);
    }
    byte[] bytes = kept.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(lineNumber, bytes, length);
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    position = 0;
    limit = Math.max(read, 0);
    return read > 0;
  }

  private int indexOfNewline() {
    for (int i = position; i < limit; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
