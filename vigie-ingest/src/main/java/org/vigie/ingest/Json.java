package org.vigie.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The one JSON parser configuration of the module, and the conversions the readers need. */
final class Json {
  private static final int MAX_REASON_CHARS = 160;

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Json() {}

  /** Jackson's reason without its location and source excerpt, which can be long. */
  static String shortReason(JsonProcessingException e) {
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    String firstLine = message.lines().findFirst().orElse("").strip();
    return firstLine.length() <= MAX_REASON_CHARS ? firstLine : firstLine.substring(0, MAX_REASON_CHARS) + "…";
  }

  /** A JSON value as plain, unmodifiable Java values: String, Number, Boolean, List, Map, or null. */
  static @Nullable Object plain(JsonNode node) {
    if (node.isObject()) {
      Map<String, @Nullable Object> map = new LinkedHashMap<>();
      node.properties().forEach(field -> map.put(field.getKey(), plain(field.getValue())));
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(plain(element)));
      return Collections.unmodifiableList(list);
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  /** The text of a scalar value (a number id becomes its digits); null for null, objects and arrays. */
  static @Nullable String scalarText(@Nullable JsonNode node) {
    return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
  }
}
