package org.vigie.server;

import org.vigie.app.Vigie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.vigie.nlp.Pipeline;

/** A real store in a directory and a real server on an ephemeral loopback port, with an HTTP client for tests. */
final class ServerFixture implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  final Vigie vigie;
  final VigieServer server;
  final URI base;
  private final HttpClient client = HttpClient.newHttpClient();

  ServerFixture(Path dataDir, Supplier<Pipeline> pipeline) {
    this(Vigie.open(dataDir, pipeline, 2));
  }

  ServerFixture(Vigie vigie) {
    this.vigie = vigie;
    server = VigieServer.start(vigie, "127.0.0.1", 0);
    base = server.uri("127.0.0.1");
  }

  /** A response: its status, content type and body. */
  record Reply(int status, String type, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }
  }

  Reply get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build());
  }

  Reply post(String path, byte[] body) {
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  Reply post(String path, String body) {
    return post(path, body.getBytes(StandardCharsets.UTF_8));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    vigie.close();
  }
}
