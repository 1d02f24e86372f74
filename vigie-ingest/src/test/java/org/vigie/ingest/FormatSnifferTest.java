package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a.txt    | Un titre           | TEXT
      a        | Un titre           | TEXT
      a.md     | Un titre           | TEXT
      a.json   | '{"text": "x"}'    | JSON
      a.json   | '[{"text": "x"}]'  | JSON
      a.jsonl  | '{"text": "x"}'    | JSON_LINES
      a.ndjson | '{"text": "x"}'    | JSON_LINES
      a.html   | <p>x</p>           | HTML
      a.htm    | <!DOCTYPE html>    | HTML
      a.rss    | <rss version="2.0">| FEED
      a.atom   | <feed xmlns="x">   | FEED
      a.xml    | <urlset>           | FEED
      """)
  void extensionAndContentAgree(String name, String head, Format expected) {
    assertThat(FormatSniffer.detect(name, null, head)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      a.txt   | '<!DOCTYPE html><html><body>x'                         | HTML
      a.txt   | '<?xml version="1.0"?><!-- c --><rss version="2.0">'   | FEED
      a.html  | '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">' | FEED
      a.html  | '<rdf:RDF xmlns:rdf="x">'                              | FEED
      a.xml   | '<html><body>'                                         | HTML
      a.txt   | '{"title": "x", "text": "y"}'                          | JSON
      a.html  | '[{"text": "y"}]'                                      | JSON
      a.json  | '{"text": "a"}\n{"text": "b"}'                         | JSON_LINES
      noext   | '{"text": "a"}\n\n{"text": "b"}'                       | JSON_LINES
      a.jsonl | '[{"text": "a"}]'                                      | JSON
      """)
  void contentWinsWhenTheExtensionLies(String name, String head, Format expected) {
    assertThat(FormatSniffer.detect(name, null, head.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void plainTextThatMerelyStartsWithABracketIsText() {
    assertThat(FormatSniffer.detect("a.txt", null, "[Exclusif] Le port rouvre")).isEqualTo(Format.TEXT);
    assertThat(FormatSniffer.detect("a.txt", null, "{Note} Le port rouvre")).isEqualTo(Format.TEXT);
    assertThat(FormatSniffer.detect("a.txt", null, "<3 pour Marseille")).isEqualTo(Format.TEXT);
  }

  @Test
  void theExtensionDecidesWhenTheContentShowsNothing() {
    assertThat(FormatSniffer.detect("a.json", null, "42")).isEqualTo(Format.JSON);
  }

  @Test
  void contentTypeComesBeforeTheExtension() {
    String rss = "application/rss+xml; charset=utf-8";
    assertThat(FormatSniffer.detect("https://example.org/feed?x=1", rss, "<?xml version='1.0'?><x>"))
        .isEqualTo(Format.FEED);
    assertThat(FormatSniffer.detect("https://example.org/a.html", "text/plain", "Un titre")).isEqualTo(Format.TEXT);
    assertThat(FormatSniffer.detect("https://example.org/data.jsonl?page=2#top", null, "{\"a\": 1}"))
        .isEqualTo(Format.JSON_LINES);
  }

  @Test
  void binaryContentIsRecognised() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThat(FormatSniffer.whyBinary(png)).contains("PNG image");
    assertThat(FormatSniffer.whyBinary("a\0b".getBytes(StandardCharsets.UTF_8))).contains("NUL bytes");
    byte[] controls = new byte[100];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
    }
    assertThat(FormatSniffer.whyBinary(controls)).contains("34% control characters");
  }

  @Test
  void textIsNotBinary() {
    assertThat(FormatSniffer.whyBinary("Un titre\n\n\tLe corps.\f".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(FormatSniffer.whyBinary("Привет, мир".getBytes(StandardCharsets.UTF_8))).isEmpty();
    byte[] utf16 = "\ufeffBonjour".getBytes(StandardCharsets.UTF_16LE);
    assertThat(FormatSniffer.whyBinary(utf16)).isEmpty();
  }
}
