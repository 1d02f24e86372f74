package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.ItemError;

class FeedArticlesTest {
  @TempDir Path dir;

  @Test
  void rssItemsBecomeArticlesNamedByPosition() {
    Path file = Inputs.write(dir, "port.rss", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Journal du Port</title><link>https://port.example</link><description>d</description>
        <language>fr-fr</language>
        <item><title>Le port rouvre</title><link>https://port.example/1</link>
          <guid isPermaLink="false">port-1</guid><category>Économie</category>
          <pubDate>Tue, 10 Mar 2026 08:00:00 GMT</pubDate>
          <description>Résumé court.</description>
          <content:encoded><![CDATA[<p>Les ferries reprennent.</p>
            <p>La mairie se <b>félicite</b>.</p><script>x()</script>]]></content:encoded>
        </item>
        <item><title>Grève &amp; négociations</title><link>https://port.example/2</link>
          <description>&lt;p&gt;Les syndicats discutent.&lt;/p&gt;&lt;p&gt;Suite demain.&lt;/p&gt;</description>
        </item>
        </channel></rss>
        """);
    IngestResult result = Inputs.read(file);
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles()).extracting(Article::source).containsExactly(file + "#1", file + "#2");
    Article first = result.articles().get(0);
    assertThat(first.title()).isEqualTo("Le port rouvre");
    assertThat(first.url()).isEqualTo("https://port.example/1");
    assertThat(first.outlet()).isEqualTo("Journal du Port");
    assertThat(first.language()).isEqualTo("fr");
    assertThat(first.published()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(first.body()).isEqualTo("Les ferries reprennent.\n\nLa mairie se félicite.");
    assertThat(first.metadata()).containsEntry("guid", "port-1");
    Article second = result.articles().get(1);
    assertThat(second.title()).isEqualTo("Grève & négociations");
    assertThat(second.body()).isEqualTo("Les syndicats discutent.\n\nSuite demain.");
  }

  @Test
  void atomEntriesBecomeArticles() {
    Path file = Inputs.write(dir, "port.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Harbour News</title><id>urn:x</id><updated>2026-03-10T00:00:00Z</updated>
          <entry><title>Harbour reopens</title><link href="https://harbour.example/1"/><id>urn:1</id>
            <published>2026-03-09T22:00:00Z</published><updated>2026-03-10T09:00:00Z</updated>
            <summary>Short.</summary>
            <content type="html">&lt;p&gt;Ferries sail again.&lt;/p&gt;
              &lt;p&gt;The mayor is pleased.&lt;/p&gt;</content>
          </entry>
        </feed>
        """);
    IngestResult result = Inputs.read(file);
    assertThat(result.errors()).isEmpty();
    Article article = result.articles().getFirst();
    assertThat(article.title()).isEqualTo("Harbour reopens");
    assertThat(article.outlet()).isEqualTo("Harbour News");
    assertThat(article.url()).isEqualTo("https://harbour.example/1");
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(article.body()).isEqualTo("Ferries sail again.\n\nThe mayor is pleased.");
  }

  @Test
  void itemWithNeitherTitleNorTextIsAnErrorNamingItAndTheOthersStillCome() {
    Path file = Inputs.write(dir, "feed.xml", """
        <rss version="2.0"><channel><title>Journal</title><link>https://j.example</link><description>d</description>
        <item><link>https://j.example/1</link></item>
        <item><title>Titre seul</title><link>https://j.example/2</link></item>
        <item><title>Avec texte</title><description>Corps.</description></item>
        </channel></rss>
        """);
    IngestResult result = Inputs.read(file);
    assertThat(result.articles()).extracting(Article::title).containsExactly("Titre seul", "Avec texte");
    assertThat(result.errors()).containsExactly(new ItemError(file + "#1", "no title and no article text"));
  }

  @Test
  void xmlThatIsNotAFeedIsAnError() {
    Path file = Inputs.write(dir, "sitemap.xml", "<?xml version=\"1.0\"?><urlset><url>x</url></urlset>");
    IngestResult result = Inputs.read(file);
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo(file.toString());
      assertThat(error.message()).startsWith("not a readable RSS/Atom feed");
    });
  }

  @Test
  void doctypeDeclarationsAreRefusedSoEntitiesCannotReadFiles() {
    Path secret = Inputs.write(dir, "secret.txt", "SECRET");
    Path file = Inputs.write(dir, "evil.rss", """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY x SYSTEM "%s">]>
        <rss version="2.0"><channel><title>&x;</title><link>l</link><description>d</description>
        <item><title>&x;</title><description>&x;</description></item></channel></rss>
        """.formatted(secret.toUri()));
    IngestResult result = Inputs.read(file);
    assertThat(result.articles()).isEmpty();
    assertThat(result.errors()).singleElement()
        .satisfies(error -> assertThat(error.message()).doesNotContain("SECRET"));
  }
}
