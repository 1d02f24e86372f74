package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, case 9: {@code vigie ingest URL} followed redirects to 127.0.0.1 and private addresses, so a page could
 * make Vigie read a service of the machine or its network. A redirect to another origin on such an address is
 * refused unless allowed; the URL the user gave, and redirects within its origin, are followed as before.
 */
class Issue10Case9RedirectTest {
  private HttpServer outside;
  private HttpServer inside;

  @BeforeEach
  void start() throws IOException {
    inside = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    inside.createContext("/secret", exchange -> respond(exchange, 200, "Secret\n\nInternal data."));
    inside.start();
    outside = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    outside.createContext("/to-inside", exchange -> redirect(exchange,
        "http://127.0.0.1:" + inside.getAddress().getPort() + "/secret"));
    outside.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/"));
    outside.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
    outside.createContext("/within", exchange -> redirect(exchange, "/page"));
    outside.createContext("/page", exchange -> respond(exchange, 200, "Page\n\nA public page."));
    outside.start();
  }

  @AfterEach
  void stop() {
    outside.stop(0);
    inside.stop(0);
  }

  @Test
  void case9_redirectToAnotherOriginOnAPrivateAddressIsRefused() {
    for (String path : List.of("/to-inside", "/to-metadata")) {
      IngestResult result = read(path, IngestOptions.defaults());
      assertThat(result.articles()).as(path).isEmpty();
      assertThat(result.errors()).as(path).singleElement()
          .satisfies(e -> assertThat(e.message()).contains("private network").contains("--allow-private-redirects"));
    }
    assertThat(read("/to-file", IngestOptions.defaults()).errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("not an http(s) URL"));
  }

  @Test
  void case9_redirectWithinTheGivenOriginOrAllowedIsFollowed() {
    assertThat(read("/within", IngestOptions.defaults()).articles()).singleElement()
        .satisfies(a -> assertThat(a.title()).isEqualTo("Page"));
    assertThat(read("/to-inside", IngestOptions.defaults().withAllowPrivateRedirects(true)).articles())
        .singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Secret"));
  }

  @Test
  void case9_addressesOfTheMachineAndPrivateNetworksAreNotPublic() throws IOException {
    for (String address : List.of("127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "224.0.0.1")) {
      assertThat(Redirects.isPublic(InetAddress.getByName(address))).as(address).isFalse();
    }
    for (String address : List.of("93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "100.128.0.1")) {
      assertThat(Redirects.isPublic(InetAddress.getByName(address))).as(address).isTrue();
    }
  }

  private IngestResult read(String path, IngestOptions options) {
    return new Ingestor(options).read(List.of("http://127.0.0.1:" + outside.getAddress().getPort() + path));
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
