package org.vigie.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.vigie.model.AnalyzedArticle;
import org.vigie.model.Article;
import org.vigie.model.DatelineCheck;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Layer;
import org.vigie.model.Mention;
import org.vigie.model.Quote;
import org.vigie.model.Speaker;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;

/**
 * Writes an article's analysis as the analyze-contract JSON and reads it back into model records. The model has no
 * Jackson creators, so reading is a small hand-written mapping over the tree.
 */
final class ArticleCodec {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Layers whose data the store keeps; the others are dropped when an article is read back. */
  private static final Set<Layer> KEPT = EnumSet.of(Layer.TEXT, Layer.LANGUAGE, Layer.ENTITIES, Layer.QUOTES,
      Layer.TIMES, Layer.DATELINE);

  private ArticleCodec() {}

  static String contractJson(AnalyzedArticle article) {
    return write(article);
  }

  static String metadataJson(Map<String, Object> metadata) {
    return write(metadata);
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  static String layers(Set<Layer> layers) {
    StringJoiner joined = new StringJoiner(",");
    for (Layer layer : Layer.values()) {
      if (layers.contains(layer) && KEPT.contains(layer)) {
        joined.add(layer.name());
      }
    }
    return joined.toString();
  }

  /** The columns of one article row that {@link #read} needs. */
  record Row(
      String id,
      String source,
      @Nullable String url,
      @Nullable String outlet,
      String title,
      @Nullable String published,
      @Nullable String languageHint,
      String body,
      String metadata,
      String layers,
      String analysis) {}

  static AnalyzedArticle read(Row row) {
    Map<String, Object> metadata;
    try {
      metadata = MAPPER.readValue(row.metadata(), new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("article " + row.id() + ": unreadable metadata: " + e.getOriginalMessage(), e);
    }
    Article article = new Article(row.id(), row.source(), row.url(), row.outlet(), row.title(),
        row.published() == null ? null : LocalDate.parse(row.published()), row.languageHint(), row.body(),
        metadata);
    JsonNode analysis = tree(row.analysis());
    EnumSet<Layer> layers = EnumSet.of(Layer.TEXT);
    for (String name : row.layers().split(",")) {
      if (!name.isEmpty()) {
        layers.add(Layer.valueOf(name));
      }
    }
    return new AnalyzedArticle(article, article.text(), text(analysis, "language"), List.of(), List.of(), List.of(),
        entities(analysis.path("entities")), quotes(analysis.path("quotes")), times(analysis.path("times")),
        dateline(analysis.path("dateline")), strings(analysis.path("errors")), layers);
  }

  private static @Nullable DatelineCheck dateline(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    return new DatelineCheck(node.path("published").asText(), node.path("implied").asText(),
        node.path("consistent").asBoolean(), strings(node.path("evidence")));
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable stored JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static List<Entity> entities(JsonNode array) {
    List<Entity> out = new ArrayList<>();
    for (JsonNode e : array) {
      List<Mention> mentions = new ArrayList<>();
      for (JsonNode m : e.path("mentions")) {
        mentions.add(new Mention(m.path("start").asInt(), m.path("end").asInt(), m.path("text").asText()));
      }
      out.add(new Entity(e.path("id").asText(), e.path("name").asText(),
          EntityType.valueOf(e.path("type").asText()), strings(e.path("roles")), mentions));
    }
    return out;
  }

  private static List<Quote> quotes(JsonNode array) {
    List<Quote> out = new ArrayList<>();
    for (JsonNode q : array) {
      JsonNode s = q.path("speaker");
      Speaker speaker = s.isObject() ? new Speaker(s.path("name").asText(), text(s, "entity")) : null;
      out.add(new Quote(q.path("text").asText(), q.path("start").asInt(), q.path("end").asInt(),
          q.path("direct").asBoolean(), text(q, "cue"), speaker));
    }
    return out;
  }

  private static List<TimeMention> times(JsonNode array) {
    List<TimeMention> out = new ArrayList<>();
    for (JsonNode t : array) {
      out.add(new TimeMention(t.path("text").asText(), t.path("start").asInt(), t.path("end").asInt(),
          TimeType.valueOf(t.path("type").asText()), t.path("value").asText()));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : array) {
      out.add(s.asText());
    }
    return out;
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
