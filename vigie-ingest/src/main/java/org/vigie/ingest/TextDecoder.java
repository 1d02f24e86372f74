package org.vigie.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes whose encoding nobody states reliably: a byte-order mark decides first, then a declared charset
 * if the bytes agree with it, then strict UTF-8, then windows-1252 (what "Latin-1" files really are), and
 * ISO-8859-1 for the five bytes windows-1252 leaves undefined. Never fails.
 */
final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  static String decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /** @param declared the charset the content declares (Content-Type, HTML meta, XML prolog), or null */
  static String decode(byte[] bytes, @Nullable Charset declared) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    Optional<String> asDeclared = declared == null ? Optional.empty() : strictly(bytes, declared);
    return asDeclared
        .or(() -> strictly(bytes, StandardCharsets.UTF_8))
        .or(() -> strictly(bytes, WINDOWS_1252))
        .orElseGet(() -> new String(bytes, StandardCharsets.ISO_8859_1));
  }

  /** UTF-16 text is full of NUL bytes and has no byte-oriented line breaks. */
  static boolean hasUtf16Bom(byte[] bytes) {
    return startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
  }

  private static Optional<String> strictly(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
