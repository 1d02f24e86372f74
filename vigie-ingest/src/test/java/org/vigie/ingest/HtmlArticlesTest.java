package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;

class HtmlArticlesTest {
  private static final String PARAGRAPHS = """
      <p>Les ferries de la compagnie reprennent leurs rotations vers l'île dès lundi matin, a annoncé la
      direction du port, qui promet un retour à la normale avant la fin de la semaine.</p>
      <p>La grève avait commencé il y a trois semaines, bloquant des centaines de passagers et de camions sur les
      quais, selon les chiffres communiqués par la préfecture.</p>
      <p>Les syndicats ont obtenu une hausse des salaires de quatre pour cent, a précisé leur porte-parole, qui
      salue « un accord raisonnable » pour les marins.</p>
      """;

  @TempDir Path dir;

  @Test
  void newsPageGivesTitleDateOutletUrlLanguageAndParagraphs() {
    Article article = single("page.html", """
        <!DOCTYPE html>
        <html lang="fr-FR"><head>
        <title>Le port rouvre - Journal du Port</title>
        <meta property="og:title" content="Le port de Sète rouvre">
        <meta property="og:site_name" content="Journal du Port">
        <meta property="article:published_time" content="2026-03-10T07:45:00+01:00">
        <link rel="canonical" href="https://www.journal-du-port.example/sete">
        <style>p { color: red }</style>
        <script>var tracking = "ne doit pas apparaître";</script>
        </head><body>
        <nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
        <article><h1>Le port de Sète rouvre</h1>""" + PARAGRAPHS + """
        <script>document.write("injection")</script></article>
        <footer>© Journal du Port</footer>
        </body></html>
        """);
    assertThat(article.title()).isEqualTo("Le port de Sète rouvre");
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(article.outlet()).isEqualTo("Journal du Port");
    assertThat(article.url()).isEqualTo("https://www.journal-du-port.example/sete");
    assertThat(article.language()).isEqualTo("fr");
    assertThat(article.body()).startsWith("Les ferries de la compagnie reprennent")
        .contains("\n\nLa grève avait commencé")
        .contains("\n\nLes syndicats ont obtenu")
        .doesNotContain("tracking", "injection", "color", "Le port de Sète rouvre");
    assertThat(article.body().split("\n\n")).hasSize(3);
  }

  @Test
  void titleFallsBackToTitleElementWithoutTheOutletSuffix() {
    Article article = single("page.html", """
        <html><head><title>Le port rouvre | Journal du Port</title>
        <meta property="og:site_name" content="Journal du Port"></head>
        <body><article>""" + PARAGRAPHS + "</article></body></html>");
    assertThat(article.title()).isEqualTo("Le port rouvre");
  }

  @Test
  void titleSuffixThatIsNotTheOutletStays() {
    Article article = single("page.html", """
        <html><head><title>Sète - Le port rouvre</title></head>
        <body><article>""" + PARAGRAPHS + "</article></body></html>");
    assertThat(article.title()).isEqualTo("Sète - Le port rouvre");
  }

  @Test
  void titleFallsBackToTheFirstHeading() {
    Article article = single("page.html", "<html><body><h1>Le port rouvre</h1>" + PARAGRAPHS + "</body></html>");
    assertThat(article.title()).isEqualTo("Le port rouvre");
    assertThat(article.body()).startsWith("Les ferries");
  }

  @Test
  void jsonLdGraphGivesDateAndPublisher() {
    Article article = single("page.html", """
        <html><head><title>Le port rouvre</title>
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "site"},
          {"@type": "NewsArticle", "headline": "Le port rouvre", "datePublished": "2026-03-09T18:00:00Z",
           "publisher": {"@type": "Organization", "name": "Radio Littoral"}}]}</script>
        </head><body><article>""" + PARAGRAPHS + "</article></body></html>");
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(article.outlet()).isEqualTo("Radio Littoral");
  }

  @Test
  void jsonLdArrayAndBrokenJsonLdAreHandled() {
    Article article = single("page.html", """
        <html><head><title>T</title>
        <script type="application/ld+json">{ broken</script>
        <script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": "2026-03-08"}]</script>
        </head><body><article>""" + PARAGRAPHS + "</article></body></html>");
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 8));
  }

  @Test
  void timeElementAndMetaDateGiveTheDate() {
    assertThat(single("a.html", "<html><body><h1>T</h1><time datetime=\"2026-03-07\">hier</time>" + PARAGRAPHS
        + "</body></html>").published()).isEqualTo(LocalDate.of(2026, 3, 7));
    assertThat(single("b.html", "<html><head><meta name=\"date\" content=\"6 mars 2026\"></head><body><h1>T</h1>"
        + PARAGRAPHS + "</body></html>").published()).isEqualTo(LocalDate.of(2026, 3, 6));
  }

  @Test
  void pageDatedOnlyByTheDatelineOfItsFirstParagraphGetsThatDate() {
    Article article = single("a.html", "<html><body><h1>Le port rouvre</h1><h2>Les ferries ont repris.</h2>"
        + "<p>12 mars 2026. - Le premier bateau est parti à l'aube, sous la pluie et le vent.</p>"
        + "<p>La mairie se félicite de la reprise du trafic vers les îles.</p></body></html>");
    assertThat(article.published()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(article.body()).doesNotContain("12 mars 2026").contains("Le premier bateau");
  }

  @Test
  void outletFallsBackToTheCanonicalDomain() {
    Article article = single("page.html", """
        <html><head><title>T</title><meta property="og:url" content="https://www.ouest-littoral.example/a/1">
        </head><body><article>""" + PARAGRAPHS + "</article></body></html>");
    assertThat(article.outlet()).isEqualTo("ouest-littoral.example");
    assertThat(article.url()).isEqualTo("https://www.ouest-littoral.example/a/1");
  }

  @Test
  void lineBreaksStayInsideAParagraph() {
    Article article =
        single("page.html", "<html><body><h1>Poème</h1><p>Un vers<br>un autre   vers</p><p>Fin</p></body></html>");
    assertThat(article.body()).isEqualTo("Un vers\nun autre vers\n\nFin");
  }

  @Test
  void declaredCharsetIsUsed() {
    byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">"
        + "<title>Été</title></head><body><p>Prix : 5 €.</p></body></html>").getBytes(Charset.forName("ISO-8859-15"));
    IngestResult result = new Ingestor(IngestOptions.defaults()).read("page.html", page, null);
    assertThat(result.articles()).singleElement().satisfies(article -> {
      assertThat(article.title()).isEqualTo("Été");
      assertThat(article.body()).isEqualTo("Prix : 5 €.");
    });
  }

  @Test
  void hostileHtmlComesOutAsPlainTextWithoutScripts() {
    Article article = single("hostile.html", """
        <html><head><title>Les balises &lt;script&gt; expliquées</title>
        <script>alert("titre")</script></head>
        <body onload="alert('onload')"><h1 onclick="alert('h1')">Les balises &lt;script&gt; expliquées</h1>
        <p>On écrit &lt;script&gt;alert(1)&lt;/script&gt; pour montrer le piège.</p>
        <script>alert("corps")</script><img src=x onerror="alert('img')">
        <p>Un second paragraphe<script>alert("milieu")</script> continue ici.</p></body></html>
        """);
    assertThat(article.title()).isEqualTo("Les balises <script> expliquées");
    assertThat(article.body()).contains("On écrit <script>alert(1)</script> pour montrer le piège.")
        .doesNotContain("corps", "milieu", "onload", "onerror", "img", "titre")
        .contains("Un second paragraphe continue ici.");
  }

  @Test
  void deeplyNestedHtmlDoesNotCrash() {
    String page = "<html><body>" + "<div>".repeat(50_000) + "<p>Le port rouvre. Les ferries reprennent.</p>"
        + "</div>".repeat(50_000) + "</body></html>";
    Article article = single("deep.html", page);
    assertThat(article.text()).contains("Le port rouvre.").contains("Les ferries reprennent.");
  }

  @Test
  void pageWithoutTextIsAnError() {
    Path file = Inputs.write(dir, "empty.html",
        "<html><head><script>x()</script></head><body><img src=a.png></body></html>");
    IngestResult result = Inputs.read(file);
    assertThat(result.articles()).isEmpty();
    assertThat(result.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo(file.toString());
      assertThat(error.message()).isEqualTo("no title and no article text");
    });
  }

  private Article single(String name, String html) {
    IngestResult result = Inputs.read(Inputs.write(dir, name, html));
    assertThat(result.errors()).isEmpty();
    assertThat(result.articles()).hasSize(1);
    return result.articles().getFirst();
  }
}
