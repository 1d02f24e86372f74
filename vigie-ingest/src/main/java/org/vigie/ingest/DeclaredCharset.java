package org.vigie.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The charset a document says it uses: in its Content-Type, an HTML {@code <meta>} or its XML prolog. */
final class DeclaredCharset {
  /** Browsers look for a meta charset in the first 1024 bytes; so do we. */
  private static final int PRESCAN_BYTES = 1024;

  private static final Pattern CONTENT_TYPE_PARAMETER =
      Pattern.compile(";\\s*charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META =
      Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_PROLOG =
      Pattern.compile("^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private DeclaredCharset() {}

  static @Nullable Charset find(@Nullable String contentType, byte[] head) {
    if (contentType != null) {
      Charset fromHeader = named(CONTENT_TYPE_PARAMETER.matcher(contentType));
      if (fromHeader != null) {
        return fromHeader;
      }
    }
    String prefix = new String(head, 0, Math.min(head.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Charset fromProlog = named(XML_PROLOG.matcher(prefix));
    return fromProlog != null ? fromProlog : named(META.matcher(prefix));
  }

  private static @Nullable Charset named(Matcher matcher) {
    if (!matcher.find()) {
      return null;
    }
    String name = matcher.group(1).toLowerCase(Locale.ROOT);
    // An ASCII-readable declaration of UTF-16 is a lie; a real UTF-16 document has a byte-order mark.
    if (name.startsWith("utf-16") || name.startsWith("utf-32")) {
      return null;
    }
    // As browsers do: documents labelled Latin-1 or ASCII are written in windows-1252.
    if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
      return Charset.forName("windows-1252");
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
