package org.vigie.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;

/**
 * Articles and analysed articles as bytes, in the form the store keeps them (an analysed article without its
 * tokens, sentences and raw mentions: what the store, the clusterer and the dossiers read), for a log between
 * processes. Decoding gives back the records {@link Store#put} takes, so the two ends of a log exchange records.
 */
public final class RecordCodec {
  private RecordCodec() {}

  public static byte[] encode(Article article) {
    return bytes(articleNode(article));
  }

  /** @throws IllegalArgumentException when the bytes are not an encoded article */
  public static Article decodeArticle(byte[] bytes) {
    return read(tree(bytes), "").article();
  }

  public static byte[] encode(AnalyzedArticle analysed) {
    ObjectNode node = articleNode(analysed.article());
    node.put("layers", ArticleCodec.layers(analysed.layers()));
    node.set("analysis", ArticleCodec.MAPPER.valueToTree(analysed));
    return bytes(node);
  }

  /** @throws IllegalArgumentException when the bytes are not an encoded analysed article */
  public static AnalyzedArticle decodeAnalysed(byte[] bytes) {
    JsonNode node = tree(bytes);
    if (!node.has("analysis")) {
      throw new IllegalArgumentException("not an analysed article: it has no analysis");
    }
    return read(node, node.path("layers").asText(""));
  }

  private static ObjectNode articleNode(Article a) {
    ObjectNode node = ArticleCodec.MAPPER.createObjectNode();
    node.put("id", a.id());
    node.put("source", a.source());
    node.put("url", a.url());
    node.put("outlet", a.outlet());
    node.put("title", a.title());
    node.put("published", a.published() == null ? null : a.published().toString());
    node.put("language", a.language());
    node.put("body", a.body());
    node.set("metadata", ArticleCodec.MAPPER.valueToTree(a.metadata()));
    return node;
  }

  private static AnalyzedArticle read(JsonNode node, String layers) {
    try {
      Map<String, Object> metadata = ArticleCodec.MAPPER.convertValue(node.path("metadata"),
          new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
      JsonNode analysis = node.path("analysis");
      ArticleCodec.Row row = new ArticleCodec.Row(required(node, "id"), required(node, "source"), text(node, "url"),
          text(node, "outlet"), required(node, "title"), text(node, "published"), text(node, "language"),
          required(node, "body"), ArticleCodec.write(metadata == null ? Map.of() : metadata), layers,
          analysis.isMissingNode() ? "{}" : ArticleCodec.write(analysis));
      return ArticleCodec.read(row);
    } catch (StoreException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not an encoded article: " + e.getMessage(), e);
    }
  }

  private static String required(JsonNode node, String field) {
    String value = text(node, field);
    if (value == null) {
      throw new IllegalArgumentException("not an encoded article: '" + field + "' is missing");
    }
    return value;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static byte[] bytes(JsonNode node) {
    return ArticleCodec.write(node).getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode tree(byte[] bytes) {
    try {
      return ArticleCodec.MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new IllegalArgumentException("not an encoded article: " + e.getMessage(), e);
    }
  }
}
