package org.vigie.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids for articles that arrive without one: the same title and body always give the same id. */
public final class ContentHash {
  private static final int ID_BYTES = 8;

  private ContentHash() {}

  /** The first 16 hex digits of SHA-256 over the title and body, so reprints from two files share an id. */
  public static String of(String title, String body) {
    return HexFormat.of().toHexDigits(fingerprint(title, body));
  }

  /** The same 64 bits as {@link #of}, as a number: what a reader keeps to spot repeats in little memory. */
  public static long fingerprint(String title, String body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(title.strip().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(body.strip().getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest.digest(), 0, ID_BYTES).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK ships SHA-256", e);
    }
  }
}
