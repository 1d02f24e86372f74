package org.vigie.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.store.Snippet;

class HtmlTest {

  @Test
  void textAndAttributes_areEscaped() {
    String html = new Html().el("a", "<script>alert(\"x\")</script> & 'co'", "href", "\"><img src=x onerror=1>")
        .toString();
    assertThat(html).isEqualTo("<a href=\"&#34;&gt;&lt;img src=x onerror=1&gt;\">"
        + "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;co&#39;</a>");
  }

  @Test
  void nullAttributes_areLeftOut() {
    assertThat(new Html().open("input", "name", "q", "value", null).toString()).isEqualTo("<input name=\"q\">");
  }

  @Test
  void snippet_marksItsMatches_andEscapesEverythingElse() {
    String text = "Les <script>alert(1)</script> négociations d'Oman & co";
    int at = text.indexOf("négociations");
    Snippet snippet = new Snippet(text, List.of(new Snippet.Match(at, at + "négociations".length())));
    assertThat(new Html().snippet(snippet).toString()).isEqualTo(
        "Les &lt;script&gt;alert(1)&lt;/script&gt; <mark>négociations</mark> d&#39;Oman &amp; co");
  }

  @Test
  void snippet_matchCoveringMarkup_isEscapedInsideItsMark() {
    Snippet snippet = new Snippet("a <mark>b", List.of(new Snippet.Match(2, 8)));
    assertThat(new Html().snippet(snippet).toString()).isEqualTo("a <mark>&lt;mark&gt;</mark>b");
  }

  @Test
  void randomText_neverBecomesMarkup() {
    Random random = new Random(42);
    String alphabet = "<>&\"'/= abcmark";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(40); j > 0; j--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = new Html().el("p", s.toString()).toString();
      assertThat(text.substring(3, text.length() - 4)).doesNotContain("<", ">", "\"", "'");
      String plain = s.toString();
      List<Snippet.Match> matches = plain.length() < 2 ? List.of() : List.of(new Snippet.Match(0, 1 + random.nextInt(plain.length() - 1)));
      String snippet = new Html().snippet(new Snippet(plain, matches)).toString()
          .replace("<mark>", "").replace("</mark>", "");
      assertThat(snippet).doesNotContain("<", ">");
    }
  }

  @Test
  void timeline_drawsABarPerPublicationDay_andADotPerReportedDay() {
    String svg = TimelineSvg.render(
        List.of(new TimelineSvg.Day(LocalDate.of(2026, 2, 6), 2, "<b>Le Soir</b>, RTBF"),
            new TimelineSvg.Day(LocalDate.of(2026, 2, 7), 1, "AFP")),
        List.of(new TimelineSvg.Day(LocalDate.of(2026, 2, 4), 1, "mercredi"))).toString();
    assertThat(svg).startsWith("<svg").endsWith("</svg>");
    assertThat(svg.split("<rect", -1)).hasSize(3);
    assertThat(svg.split("<circle", -1)).hasSize(2);
    assertThat(svg).contains("2026-02-04").contains("2026-02-07").contains("&lt;b&gt;Le Soir&lt;/b&gt;")
        .doesNotContain("<b>");
  }

  @Test
  void timeline_withoutDates_saysSo() {
    assertThat(TimelineSvg.render(List.of(), List.of()).toString()).contains("No dates known");
  }

  @Test
  void params_areCheckedStrictly() {
    assertThat(Params.date("since", " 2026-02-06 ")).isEqualTo(LocalDate.of(2026, 2, 6));
    assertThat(Params.date("since", "")).isNull();
    assertThat(Params.integer("limit", null, 20, 0, 100)).isEqualTo(20);
    for (String bad : List.of("x", "101", "-1", "1.5")) {
      try {
        Params.integer("limit", bad, 20, 0, 100);
        throw new AssertionError("accepted " + bad);
      } catch (ApiException e) {
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).startsWith("limit");
      }
    }
  }

  @Test
  void link_keepsTheIdInOnePathSegment() {
    assertThat(Html.link("/stories/", "story-a b/../c?d#e")).isEqualTo("/stories/story-a%20b%2F..%2Fc%3Fd%23e");
    assertThat(Html.link("/api/articles/", "..")).isEqualTo("/api/articles/%2E%2E");
    assertThat(Html.link("/entities/", "person-été")).isEqualTo("/entities/person-%C3%A9t%C3%A9");
  }
}
