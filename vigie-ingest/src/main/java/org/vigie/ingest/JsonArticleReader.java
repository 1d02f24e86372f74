package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.vigie.model.Batch;
import org.vigie.model.Excerpt;
import org.vigie.model.ItemError;

/**
 * Reads articles from JSON: one object, an array of objects ({@code path[INDEX]}), or JSON Lines, one object per
 * line ({@code path:LINE}, streamed, blank lines ignored).
 *
 * <p>Fields read: {@code id} (a string or number), {@code url}, {@code outlet}, {@code title}, {@code published},
 * {@code language} and {@code text}, each a string (or null, meaning absent). Aliases, used only when the main field
 * is absent: {@code body} for text, {@code date} for published, and {@code source} for outlet when it names an
 * outlet rather than a path or URL. A field read of another type, or a date that cannot be read, is an error for
 * the item. Every other field and an unused alias are kept in the article's metadata.
 */
final class JsonArticleReader {
  /** A "source" holding a path, a URL or a file name is provenance, not an outlet. */
  private static final Pattern PATH_LIKE =
      Pattern.compile(".*[/\\\\].*|.*\\.(txt|json|jsonl|ndjson|html?|xml|rss|atom)", Pattern.CASE_INSENSITIVE);

  private final long maxRecordBytes;

  JsonArticleReader(long maxRecordBytes) {
    this.maxRecordBytes = maxRecordBytes;
  }

  /** One JSON document: an object or an array of objects. */
  Batch<ArticleDraft> readDocument(String source, String json) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return Batch.failed(source, "malformed JSON (" + Json.shortReason(e) + ")");
    }
    if (root.isObject()) {
      return draft(source, root);
    }
    if (!root.isArray()) {
      return Batch.failed(source, "JSON is not an object or an array of objects");
    }
    List<ArticleDraft> drafts = new ArrayList<>();
    List<ItemError> errors = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      String element = source + "[" + i + "]";
      if (root.get(i).isObject()) {
        collect(draft(element, root.get(i)), drafts, errors);
      } else {
        errors.add(new ItemError(element, "not a JSON object"));
      }
    }
    return new Batch<>(drafts, errors);
  }

  /** JSON Lines, read line by line, each line's draft or error handed to {@code out} as soon as it is read. */
  void readLines(String source, InputStream in, java.util.function.Consumer<Batch<ArticleDraft>> out)
      throws IOException {
    LineReader lines = new LineReader(in, maxRecordBytes);
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      String item = source + ":" + line.number();
      if (line.bytes() == null) {
        out.accept(Batch.failed(item, ByteSizes.tooLarge("line", line.length(), maxRecordBytes)));
        continue;
      }
      String text = TextDecoder.decode(line.bytes());
      if (text.isBlank()) {
        continue;
      }
      try {
        JsonNode node = Json.MAPPER.readTree(text);
        out.accept(node.isObject() ? draft(item, node) : Batch.failed(item, "not a JSON object"));
      } catch (JsonProcessingException e) {
        out.accept(Batch.failed(item, "malformed JSON (" + Json.shortReason(e) + ")"));
      }
    }
  }

  private static void collect(Batch<ArticleDraft> batch, List<ArticleDraft> drafts, List<ItemError> errors) {
    drafts.addAll(batch.items());
    errors.addAll(batch.errors());
  }

  private static Batch<ArticleDraft> draft(String source, JsonNode object) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    object.properties().forEach(field -> {
      if (!field.getValue().isNull()) {
        fields.put(field.getKey(), field.getValue());
      }
    });
    String textKey = fields.containsKey("text") ? "text" : "body";
    String publishedKey = fields.containsKey("published") ? "published" : "date";
    String wrongType = wrongType(fields, "id", true);
    for (String name : List.of("url", "title", "language", "outlet", textKey, publishedKey)) {
      wrongType = wrongType != null ? wrongType : wrongType(fields, name, false);
    }
    if (wrongType != null) {
      return Batch.failed(source, wrongType);
    }
    String id = take(fields, "id");
    String url = take(fields, "url");
    String title = take(fields, "title");
    String language = take(fields, "language");
    String text = take(fields, textKey);
    if (text == null && title == null) {
      return Batch.failed(source, "no \"title\", \"text\" or \"body\" field");
    }
    String outlet = take(fields, "outlet");
    if (outlet == null && !PATH_LIKE.matcher(String.valueOf(Json.scalarText(fields.get("source")))).matches()) {
      outlet = take(fields, "source");
    }
    String publishedText = take(fields, publishedKey);
    LocalDate published = publishedText == null ? null : PublicationDates.parse(publishedText).orElse(null);
    if (publishedText != null && published == null) {
      return Batch.failed(source, "\"" + publishedKey + "\" is not a date: '" + Excerpt.of(publishedText)
          + "' (write it as YYYY-MM-DD)");
    }
    Map<String, Object> metadata = new LinkedHashMap<>();
    fields.forEach((key, value) -> metadata.put(key, Json.plain(value)));
    return Batch.of(new ArticleDraft(source, id, url, outlet, title, published, language, text == null ? "" : text,
        metadata));
  }

  /** Why the field {@code name} cannot be read (it must be a string, or a number when allowed), or null. */
  private static @Nullable String wrongType(Map<String, JsonNode> fields, String name, boolean numberAllowed) {
    JsonNode node = fields.get(name);
    if (node == null || node.isTextual() || numberAllowed && node.isNumber()) {
      return null;
    }
    String kind = node.isObject() ? "an object" : node.isArray() ? "an array" : node.isNumber() ? "a number"
        : node.isBoolean() ? "a boolean" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    return "\"" + name + "\" must be a string" + (numberAllowed ? " or a number" : "") + ", not " + kind;
  }

  /** Removes a scalar field and returns its text; an object or array under that name stays for the metadata. */
  private static @Nullable String take(Map<String, JsonNode> fields, String name) {
    String text = Json.scalarText(fields.get(name));
    if (text != null) {
      fields.remove(name);
    }
    return text;
  }
}
