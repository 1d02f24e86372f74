package org.vigie.nlp.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.vigie.model.EntityType;

/** Reads gold files in the guidelines' JSON format; a file that cannot be read is an error naming it. */
public final class GoldReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldReader() {}

  /** What a folder of gold files gave: the articles (sorted by {@link GoldHalf#ORDER}) and the files refused. */
  public record Read(List<GoldArticle> articles, List<String> errors) {
    public Read {
      articles = List.copyOf(articles);
      errors = List.copyOf(errors);
    }
  }

  /** Every {@code *.json} file of {@code folder}. */
  public static Read folder(Path folder) throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    List<GoldArticle> articles = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path file : files) {
      try {
        articles.add(parse(Files.readString(file), stem(file)));
      } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
        errors.add(file + ": " + e.getMessage());
      }
    }
    articles.sort((a, b) -> GoldHalf.ORDER.compare(a.id(), b.id()));
    return new Read(articles, errors);
  }

  /**
   * One gold document.
   *
   * @param fallbackId the id when the document gives none (the file name without {@code .json})
   * @throws IllegalArgumentException when a required field is missing or has the wrong shape
   */
  public static GoldArticle parse(String json, String fallbackId) throws JacksonException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = root.hasNonNull("id") ? root.get("id").asText() : fallbackId;
    String published = optionalText(root, "published");
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode entity : array(root, "entities")) {
      EntityType type = type(required(entity, "name", "type"), required(entity, "type", "entity"));
      Set<EntityType> accepted = EnumSet.of(type);
      for (JsonNode ok : array(entity, "types_ok")) {
        accepted.add(type(entity.get("name").asText(), ok.asText()));
      }
      entities.add(new GoldEntity(required(entity, "name", "entity"), type, accepted, texts(entity, "aliases"),
          texts(entity, "roles"), entity.path("optional").asBoolean(false)));
    }
    List<GoldQuote> quotes = new ArrayList<>();
    for (JsonNode quote : array(root, "quotes")) {
      quotes.add(new GoldQuote(required(quote, "text", "quote"), optionalText(quote, "speaker"),
          texts(quote, "speaker_ok"), quote.path("direct").asBoolean(true)));
    }
    List<GoldTime> times = new ArrayList<>();
    for (JsonNode time : array(root, "times")) {
      times.add(new GoldTime(required(time, "text", "time"), time.path("type").asText(""),
          required(time, "value", "time"), time.path("optional").asBoolean(false),
          time.path("dateline").asBoolean(false)));
    }
    return new GoldArticle(id, published == null ? null : LocalDate.parse(published), entities, quotes, times);
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  private static EntityType type(String entity, String type) {
    try {
      return EntityType.valueOf(type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("entity " + entity + ": unknown type " + type, e);
    }
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array");
    }
    return value;
  }

  private static List<String> texts(JsonNode node, String field) {
    List<String> texts = new ArrayList<>();
    array(node, field).forEach(value -> texts.add(value.asText()));
    return texts;
  }

  private static String required(JsonNode node, String field, String what) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException("a " + what + " without \"" + field + "\": " + node);
    }
    return value.asText();
  }

  private static @Nullable String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
