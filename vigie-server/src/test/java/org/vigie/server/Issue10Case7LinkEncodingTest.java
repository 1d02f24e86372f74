package org.vigie.server;

import org.vigie.app.fixtures.HandmadePipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.server.ServerFixture.enc;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.server.ServerFixture.Reply;

/**
 * Issue 10, case 7: ids went into links as they were, so {@code x/../../../search?q=pwn} made
 * {@code href="/stories/story-x/../../../search?q=pwn"}, and an id with NUL could not be fetched back. Every id in a
 * link is percent-encoded as one path segment, and an id that no URL could carry is refused when it arrives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Issue10Case7LinkEncodingTest {
  static final String ODD_ID = "Le Monde #42 ?x=1&y=%25 été;..";
  @AutoClose ServerFixture server;

  @BeforeAll
  void start(@TempDir Path dir) {
    server = new ServerFixture(dir.resolve("data"), HandmadePipeline::create);
    Reply posted = server.post("/api/articles", "{\"id\": \"" + ODD_ID + "\", \"title\": \"Marées d'équinoxe\","
        + " \"text\": \"Claire Montval annonce des marées d'équinoxe exceptionnelles sur la côte.\"}");
    assertThat(posted.status()).as(posted.body()).isEqualTo(201);
  }

  @Test
  void case7_everyLinkToAnOddIdLeadsBackToIt() {
    String storyId = "story-" + ODD_ID;
    List<String> hrefs = new ArrayList<>();
    for (String page : List.of("/", "/search?q=" + enc("marées"), "/entities/person-claire-montval")) {
      hrefs.addAll(hrefs(server.get(page)));
    }
    String storyHref = hrefs.stream().filter(h -> decodedPath(h).equals("/stories/" + storyId)).findFirst()
        .orElseThrow(() -> new AssertionError("no link to the story in " + hrefs));
    hrefs.addAll(hrefs(server.get(storyHref)));
    List<String> toOdd = hrefs.stream().filter(h -> decodedPath(h).contains(ODD_ID)).distinct().toList();
    assertThat(toOdd).extracting(Issue10Case7LinkEncodingTest::decodedPath)
        .contains("/stories/" + storyId, "/articles/" + ODD_ID, "/api/stories/" + storyId);
    for (String href : toOdd) {
      URI uri = server.base.resolve(href);
      assertThat(uri.getRawQuery()).as(href).isNull();
      assertThat(uri.getRawFragment()).as(href).isNull();
      assertThat(uri.normalize().getRawPath()).as(href).isEqualTo(uri.getRawPath());
      Reply target = server.get(href);
      assertThat(target.status()).as(href).isEqualTo(200);
      assertThat(target.body()).as(href).contains("Marées d");
    }
  }

  @Test
  void case7_idsNoLinkCouldCarryAreRefused() {
    for (String id : List.of("x/../../../search?q=pwn", "nul\\u0000id")) {
      Reply r = server.post("/api/articles", "{\"id\": \"" + id + "\", \"title\": \"T\", \"text\": \"Texte.\"}");
      assertThat(r.status()).as(id).isEqualTo(400);
      assertThat(r.json().path("error").path("message").asText()).as(id).contains("id '");
    }
  }

  private static List<String> hrefs(Reply page) {
    assertThat(page.status()).isEqualTo(200);
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("href=\"([^\"]+)\"").matcher(page.body());
    while (m.find()) {
      out.add(m.group(1).replace("&amp;", "&"));
    }
    return out;
  }

  /** The path a browser would request for the link, percent-decoded. */
  private static String decodedPath(String href) {
    return URI.create(href).getPath();
  }
}
