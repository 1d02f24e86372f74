package org.vigie.server;

import org.vigie.app.fixtures.HandmadePipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 2: the DNS-rebinding guard let through any Host starting with "127." — {@code 127.evil.com},
 * {@code 127.0.0.1.nip.io} — because it compared prefixes. A loopback server answers only to loopback literals and
 * localhost, on its own port, and to the names it is told to allow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Issue10Case2HostCheckTest {
  @AutoClose ServerFixture server;
  int port;

  @BeforeAll
  void start(@TempDir Path dir) {
    server = new ServerFixture(dir.resolve("data"), HandmadePipeline::create);
    port = server.server.port();
  }

  @Test
  void case2_namesThatOnlyStartLikeLoopbackAreRefused() {
    for (String host : List.of("127.evil.com", "127.0.0.1.nip.io", "127.0.0.1.evil.com:" + port, "evil.com",
        "localhost.evil.com:" + port, "127.0.0.1:" + (port + 1), "localhost:" + (port == 1 ? 2 : 1), "127.0.0.1:x",
        "[::1].evil.com", "")) {
      RawHttp.Response r = RawHttp.get(server.base, "/api/health", host);
      assertThat(r.status()).as(host).isIn(400, 403);
      assertThat(r.body()).as(host).contains("\"error\"");
    }
  }

  @Test
  void case2_loopbackLiteralsAndLocalhostOnTheServersPortAreAnswered() {
    for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port,
        "127.0.0.2:" + port, "localhost.:" + port)) {
      assertThat(RawHttp.get(server.base, "/api/health", host).status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void case2_rules() {
    HostCheck loopback = HostCheck.of("127.0.0.1", 7070, Set.of("vigie.example"));
    assertThat(loopback.allows("127.0.0.1:7070")).isTrue();
    assertThat(loopback.allows("vigie.example:7070")).isTrue();
    assertThat(loopback.allows("VIGIE.example")).isFalse(); // no port: 80, not this server's
    assertThat(loopback.allows("127.evil.com:7070")).isFalse();
    assertThat(loopback.allows("10.0.0.5:7070")).isFalse();
    assertThat(loopback.allows("0177.0.0.1:7070")).isFalse(); // octal forms are not what a browser sends
    assertThat(loopback.allows(null)).isTrue(); // HTTP/1.0 sends none; a browser always does

    HostCheck named = HostCheck.of("vigie.lan", 80, Set.of());
    assertThat(named.allows("vigie.lan")).isTrue();
    assertThat(named.allows("vigie.lan:80")).isTrue();
    assertThat(named.allows("127.0.0.1")).isTrue();
    assertThat(named.allows("other.lan")).isFalse();

    HostCheck wildcard = HostCheck.of("0.0.0.0", 8080, Set.of());
    assertThat(wildcard.allows("192.168.1.20:8080")).isTrue(); // an address literal cannot be rebound
    assertThat(wildcard.allows("[fe80::1]:8080")).isTrue();
    assertThat(wildcard.allows("myhost.lan:8080")).isFalse();
  }
}
