package org.vigie.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decides the format of an input from its first bytes, its Content-Type and its name's extension. What the
 * content shows (markup, JSON, binary data) wins over what the name or header claims; the claim decides when the
 * content shows nothing in particular, so a {@code .json} file of plain words is reported as bad JSON.
 */
final class FormatSniffer {
  /** How much of an input the sniffer looks at. */
  static final int HEAD_BYTES = 8192;

  /** Markup roots lie near the start; no need to lower-case the whole head. */
  private static final int MARKUP_PROLOG_CHARS = 2048;

  private static final Map<String, byte[]> MAGIC_NUMBERS = Map.of(
      "PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
      "JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
      "GIF image", new byte[] {'G', 'I', 'F', '8'},
      "PDF document", new byte[] {'%', 'P', 'D', 'F', '-'},
      "ZIP archive", new byte[] {'P', 'K', 3, 4},
      "gzip archive", new byte[] {0x1F, (byte) 0x8B});

  private static final Map<String, Format> EXTENSIONS = Map.ofEntries(
      Map.entry("txt", Format.TEXT),
      Map.entry("text", Format.TEXT),
      Map.entry("json", Format.JSON),
      Map.entry("jsonl", Format.JSON_LINES),
      Map.entry("ndjson", Format.JSON_LINES),
      Map.entry("html", Format.HTML),
      Map.entry("htm", Format.HTML),
      Map.entry("xhtml", Format.HTML),
      Map.entry("xml", Format.FEED),
      Map.entry("rss", Format.FEED),
      Map.entry("atom", Format.FEED),
      Map.entry("rdf", Format.FEED));

  private static final Map<String, Format> MEDIA_TYPES = Map.ofEntries(
      Map.entry("text/plain", Format.TEXT),
      Map.entry("application/json", Format.JSON),
      Map.entry("text/json", Format.JSON),
      Map.entry("application/x-ndjson", Format.JSON_LINES),
      Map.entry("application/ndjson", Format.JSON_LINES),
      Map.entry("application/jsonl", Format.JSON_LINES),
      Map.entry("application/x-jsonlines", Format.JSON_LINES),
      Map.entry("text/html", Format.HTML),
      Map.entry("application/xhtml+xml", Format.HTML),
      Map.entry("application/rss+xml", Format.FEED),
      Map.entry("application/atom+xml", Format.FEED),
      Map.entry("application/rdf+xml", Format.FEED),
      Map.entry("application/xml", Format.FEED),
      Map.entry("text/xml", Format.FEED));

  private FormatSniffer() {}

  /** Why the head is not text, if it is not: a known file signature, NUL bytes, or too many control characters. */
  static Optional<String> whyBinary(byte[] head) {
    for (Map.Entry<String, byte[]> magic : MAGIC_NUMBERS.entrySet()) {
      if (startsWith(head, magic.getValue())) {
        return Optional.of(magic.getKey());
      }
    }
    String text = TextDecoder.decode(head);
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return Optional.of("NUL bytes");
      }
      // C1 controls are left out: they are what a misread multi-byte sequence decodes to, not a sign of binary.
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        controls++;
      }
    }
    if (controls * 10L > text.length()) {
      return Optional.of(Math.round(100.0 * controls / text.length()) + "% control characters");
    }
    return Optional.empty();
  }

  /**
   * @param name        the input's name (path or URL), for its extension
   * @param contentType the HTTP Content-Type, or null
   * @param head        the decoded start of the content
   */
  static Format detect(String name, @Nullable String contentType, String head) {
    Format declared = fromContentType(contentType);
    if (declared == null) {
      declared = fromExtension(name);
    }
    String start = head.stripLeading();
    Format shown = start.isEmpty() ? null : switch (start.charAt(0)) {
      case '<' -> markup(start, declared);
      case '{', '[' -> json(start, declared);
      default -> null;
    };
    if (shown != null) {
      return shown;
    }
    return declared != null ? declared : Format.TEXT;
  }

  private static @Nullable Format fromContentType(@Nullable String contentType) {
    if (contentType == null) {
      return null;
    }
    int parameters = contentType.indexOf(';');
    String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
    return MEDIA_TYPES.get(mediaType.toLowerCase(Locale.ROOT));
  }

  /** Whether a file met in a directory may hold articles: it has no extension, or an article format's. */
  static boolean mayHoldArticles(String name) {
    String fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    return fileName.lastIndexOf('.') < 0 || fromExtension(fileName) != null;
  }

  private static @Nullable Format fromExtension(String name) {
    String path = name;
    if (path.contains("://")) {
      path = path.replaceFirst("[?#].*$", "");
    }
    String fileName = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? null : EXTENSIONS.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Markup starts with a tag, a comment, a doctype or a processing instruction; its root element names it. */
  private static @Nullable Format markup(String start, @Nullable Format declared) {
    char second = start.length() < 2 ? ' ' : start.charAt(1);
    if (!Character.isLetter(second) && second != '!' && second != '?') {
      return null;
    }
    String lower = start.substring(0, Math.min(start.length(), MARKUP_PROLOG_CHARS)).toLowerCase(Locale.ROOT);
    Format fallback = declared == Format.FEED ? Format.FEED : Format.HTML;
    int at = 0;
    while (true) {
      while (at < lower.length() && Character.isWhitespace(lower.charAt(at))) {
        at++;
      }
      if (lower.startsWith("<!doctype html", at)) {
        return Format.HTML;
      }
      String end = lower.startsWith("<?", at) ? "?>"
          : lower.startsWith("<!--", at) ? "-->"
          : lower.startsWith("<!", at) ? ">"
          : null;
      if (end == null) {
        break;
      }
      int close = lower.indexOf(end, at);
      if (close < 0) {
        return fallback;
      }
      at = close + end.length();
    }
    if (isTag(lower, at, "rss") || isTag(lower, at, "feed") || isTag(lower, at, "rdf:rdf")) {
      return Format.FEED;
    }
    if (isTag(lower, at, "html") || isTag(lower, at, "head") || isTag(lower, at, "body")) {
      return Format.HTML;
    }
    return fallback;
  }

  private static boolean isTag(String lower, int at, String name) {
    int after = at + 1 + name.length();
    return lower.startsWith("<" + name, at)
        && (after == lower.length() || Character.isWhitespace(lower.charAt(after)) || lower.charAt(after) == '>'
            || lower.charAt(after) == '/');
  }

  /** A JSON array of objects, one object, or one object per line (JSON Lines). */
  private static @Nullable Format json(String start, @Nullable Format declared) {
    char next = firstNonWhitespace(start, 1);
    if (start.charAt(0) == '[') {
      return next == '{' || next == ']' ? Format.JSON : null;
    }
    if (next != '"' && next != '}') {
      return null;
    }
    return declared == Format.JSON_LINES || oneObjectPerLine(start) ? Format.JSON_LINES : Format.JSON;
  }

  /** The first line is a whole object and the next non-blank line opens another. */
  private static boolean oneObjectPerLine(String start) {
    int firstEnd = start.indexOf('\n');
    if (firstEnd < 0 || !start.substring(0, firstEnd).strip().endsWith("}")) {
      return false;
    }
    return firstNonWhitespace(start, firstEnd) == '{';
  }

  private static char firstNonWhitespace(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return 0;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
  }
}
