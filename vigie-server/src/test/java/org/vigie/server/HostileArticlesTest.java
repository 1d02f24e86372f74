package org.vigie.server;

import org.vigie.app.fixtures.HandmadePipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.server.ServerFixture.Reply;
import org.vigie.store.Health;

/**
 * Issue 10: generated hostile articles — long and odd ids, control characters, huge fields, wrong types, malformed
 * JSON — posted to a real server; every answer must be a clean 201/400/409/413/415 in the API's shapes. Then the
 * store is reopened: it must open, hold every acknowledged article exactly once, its database and index must
 * agree, and the server must answer again.
 */
class HostileArticlesTest {
  private static final String[] ODD = {"\\u0000", "\\u0007", "\\t", "\\n", "\\r", "\\u001f", "\\u007f", "\\u202e",
      "\\u200b", "\\ufeff", "\\ud800", "\\udc00", "\\ud83d\\ude00", "/", "\\\\", "..", ".", "%", "%00", "%2F", "?",
      "#", "&", "<script>", "\\\"", "'", " ", "é", "中文", "javascript:", "\\u2028"};

  @Test
  void hostileArticles_neverBreakTheServerOrTheStore(@TempDir Path dir) {
    Random random = new Random(20261205);
    Path data = dir.resolve("data");
    Set<String> stored = new LinkedHashSet<>();
    try (ServerFixture server = new ServerFixture(data, HandmadePipeline::create)) {
      for (int request = 0; request < 120; request++) {
        byte[] body = body(random);
        Reply reply = server.post("/api/articles", body);
        assertThat(reply.status()).as(preview(body)).isIn(201, 400, 409, 413, 415);
        assertThat(reply.type()).startsWith("application/json");
        JsonNode json = reply.json();
        if (reply.status() == 201) {
          json.path("ids").forEach(id -> stored.add(id.asText()));
          assertThat(json.has("errors") && json.has("duplicates") && json.has("conflicts")).isTrue();
        } else {
          assertThat(json.path("error").path("status").asInt()).isEqualTo(reply.status());
          assertThat(json.path("error").path("message").asText()).isNotBlank();
        }
        assertThat(reply.body().length()).as("answers quote values shortly").isLessThan(200_000);
      }
      assertThat(stored.size()).as("many hostile-looking articles are still fine articles").isGreaterThan(15);
      assertThat(stored).as("ids that need encoding in a link").anyMatch(id -> id.contains("%") || id.contains("?")
          || id.contains("#") || id.contains(" "));
      for (String id : stored) {
        assertThat(server.get(Html.link("/api/articles/", id)).status()).as(id).isEqualTo(200);
      }
      assertConsistent(server, stored);
    }
    try (ServerFixture reopened = new ServerFixture(data, HandmadePipeline::create)) {
      assertConsistent(reopened, stored);
      assertThat(reopened.get("/").status()).isEqualTo(200);
      assertThat(reopened.get("/api/search?q=" + ServerFixture.enc("port")).status()).isEqualTo(200);
      assertThat(reopened.get("/api/stories").status()).isEqualTo(200);
    }
  }

  private static void assertConsistent(ServerFixture server, Set<String> stored) {
    Health health = server.vigie.store().health();
    assertThat(health.articles()).isEqualTo(stored.size());
    assertThat(health.indexed()).as("index and database agree").isEqualTo(health.articles());
    Reply answer = server.get("/api/health");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("articles").asLong()).isEqualTo(stored.size());
    assertThat(server.get("/api/search?q=&limit=0").json().path("total").asLong()).isEqualTo(stored.size());
  }

  private static byte[] body(Random random) {
    return switch (random.nextInt(12)) {
      case 0 -> bytes(random, 1 + random.nextInt(2_000)); // not JSON, or broken UTF-8
      case 1 -> ("[" + "7,".repeat(random.nextInt(3_000)) + "7]").getBytes(StandardCharsets.UTF_8);
      case 2 -> ("\"" + text(random, 50) + "\"").getBytes(StandardCharsets.UTF_8);
      case 3, 4 -> {
        List<String> items = new ArrayList<>();
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
          items.add(article(random));
        }
        yield ("[" + String.join(",", items) + "]").getBytes(StandardCharsets.UTF_8);
      }
      default -> article(random).getBytes(StandardCharsets.UTF_8);
    };
  }

  private static String article(Random random) {
    List<String> fields = new ArrayList<>();
    field(random, fields, "id", id(random));
    field(random, fields, "title", value(random, "Les pêcheurs bloquent le port " + random.nextInt(1_000)));
    field(random, fields, "text", value(random, "Claire Montval a déclaré « nous tiendrons » devant le port. "
        + text(random, random.nextInt(400))));
    field(random, fields, "outlet", value(random, "Nord Matin"));
    field(random, fields, "url", random.nextInt(4) != 0 ? quoted("https://example.org/a?b=" + random.nextInt(9))
        : random.nextBoolean() ? quoted(pick(random, "javascript:alert(1)", "file:///etc/passwd", "//x", ""))
        : value(random, "u"));
    field(random, fields, "published", quoted(random.nextInt(4) != 0 ? "2026-03-0" + (1 + random.nextInt(9))
        : pick(random, "2026-02-30", "yesterday", "0000-00-00", "9999-12-31", "2026-03-04T10:00:00+01:00", "")));
    field(random, fields, "language", value(random, pick(random, "fr", "en-GB", "xx", "Français")));
    if (random.nextInt(4) == 0) {
      fields.add("\"extra\": {\"nested\": [" + "[".repeat(random.nextInt(30)) + "1" + "]".repeat(0) + "]}");
    }
    return "{" + String.join(", ", fields) + "}";
  }

  private static void field(Random random, List<String> fields, String name, String value) {
    if (random.nextInt(6) != 0) {
      fields.add("\"" + name + "\": " + value);
    }
  }

  private static String id(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> quoted("id-" + "x".repeat(1 + random.nextInt(50_000)));
      case 1 -> String.valueOf(random.nextLong());
      case 2 -> pick(random, "{\"a\": 1}", "[1, 2]", "true", "null", "1.5e300");
      default -> quoted("id-" + random.nextInt(60) + ODD[random.nextInt(ODD.length)] + random.nextInt(3));
    };
  }

  /** A JSON value: usually the given text, else a wrong type, a huge string or one full of odd characters. */
  private static String value(Random random, String usual) {
    return switch (random.nextInt(24)) {
      case 0 -> pick(random, "12345", "{\"a\": 1}", "[\"x\"]", "false", "null");
      case 1 -> quoted(usual + " " + "mot ".repeat(random.nextInt(60_000)));
      case 2, 3, 4 -> quoted(usual + text(random, 200));
      default -> quoted(usual);
    };
  }

  /** Text with odd characters, written as JSON escapes where needed. */
  private static String text(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(random.nextInt(5) == 0 ? ODD[random.nextInt(ODD.length)] : (char) ('a' + random.nextInt(26)));
      if (random.nextInt(7) == 0) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  private static byte[] bytes(Random random, int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    if (random.nextBoolean()) {
      out[0] = '{';
    }
    return out;
  }

  private static String quoted(String jsonEscaped) {
    return "\"" + jsonEscaped + "\"";
  }

  private static String pick(Random random, String... options) {
    return options[random.nextInt(options.length)];
  }

  private static String preview(byte[] body) {
    String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
    return text + (body.length > 160 ? "… (" + body.length + " bytes)" : "");
  }
}
