package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, case 9: {@code javascript:} and {@code file:} URLs were stored from POSTs and feeds. A URL given in JSON
 * must be an absolute http(s) URL, or the article is refused with the reason; a page's canonical link or a feed
 * item's link of another kind is not kept as the article's URL.
 */
class Issue10Case9UrlSchemeTest {
  @TempDir Path dir;

  @Test
  void case9_jsonUrlOtherThanHttpIsRefused() {
    for (String url : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "file:///etc/passwd",
        "data:text/html,<b>x</b>", "/relative/path", "https://", "http://exa mple.org/"}) {
      IngestResult result = Inputs.read("post.json", "{\"title\": \"T\", \"text\": \"B.\", \"url\": \"" + url + "\"}");
      assertThat(result.articles()).as(url).isEmpty();
      assertThat(result.errors()).as(url).singleElement()
          .satisfies(e -> assertThat(e.message()).contains("url").contains("http"));
    }
    IngestResult ok = Inputs.read("post.json",
        "{\"title\": \"T\", \"text\": \"B.\", \"url\": \"HTTPS://example.org/a?b=1#c\"}");
    assertThat(ok.articles().getFirst().url()).isEqualTo("HTTPS://example.org/a?b=1#c");
  }

  @Test
  void case9_feedLinkAndCanonicalLinkOtherThanHttpAreNotKept() {
    Path feed = Inputs.write(dir, "feed.xml", """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Gazette</title>
          <item><title>Piège</title><link>javascript:alert(1)</link><description>Un texte.</description></item>
          <item><title>Sûr</title><link>https://example.org/sur</link><description>Un autre.</description></item>
        </channel></rss>
        """);
    IngestResult read = Inputs.read(feed);
    assertThat(read.errors()).isEmpty();
    assertThat(read.articles()).extracting(a -> a.url()).containsExactly(null, "https://example.org/sur");

    Path page = Inputs.write(dir, "page.html", """
        <!DOCTYPE html><html><head><title>Page</title><link rel="canonical" href="file:///etc/passwd"></head>
        <body><article><h1>Page</h1><p>Un paragraphe assez long pour être retenu comme contenu principal de la page,
        avec plusieurs phrases. Encore une phrase pour la longueur.</p></article></body></html>
        """);
    IngestResult html = Inputs.read(page);
    assertThat(html.articles().getFirst().url()).isNull();
  }
}
