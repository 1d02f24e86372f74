package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String FRENCH = "Le ministre a été reçu à Genève, où l'été s'achève.";

  @Test
  void utf8WithoutBomIsDecoded() {
    assertThat(TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8))).isEqualTo(FRENCH);
  }

  @Test
  void utf8BomIsRemoved() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(StandardCharsets.UTF_8));
    assertThat(TextDecoder.decode(bytes)).isEqualTo(FRENCH);
  }

  @Test
  void utf16WithBomIsDecodedInBothByteOrders() {
    byte[] bigEndian = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH.getBytes(StandardCharsets.UTF_16BE));
    byte[] littleEndian = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE));
    assertThat(TextDecoder.decode(bigEndian)).isEqualTo(FRENCH);
    assertThat(TextDecoder.decode(littleEndian)).isEqualTo(FRENCH);
    assertThat(TextDecoder.hasUtf16Bom(littleEndian)).isTrue();
  }

  @Test
  void invalidUtf8FallsBackToWindows1252() {
    byte[] latin1 = FRENCH.getBytes(StandardCharsets.ISO_8859_1);
    assertThat(TextDecoder.decode(latin1)).isEqualTo(FRENCH);
  }

  @Test
  void windows1252PunctuationComesOutRight() {
    byte[] bytes = "Il a dit \u201cnon\u201d \u2013 20 \u20ac.".getBytes(Charset.forName("windows-1252"));
    assertThat(TextDecoder.decode(bytes)).isEqualTo("Il a dit \u201cnon\u201d \u2013 20 \u20ac.");
  }

  @Test
  void bytesUndefinedInWindows1252FallBackToIso88591() {
    byte[] bytes = {'c', (byte) 0xE9, (byte) 0x81, 'a'};
    assertThat(TextDecoder.decode(bytes)).isEqualTo("c\u00e9\u0081a");
  }

  @Test
  void declaredCharsetIsUsedWhenTheBytesAgree() {
    byte[] bytes = "Привет".getBytes(Charset.forName("KOI8-R"));
    assertThat(TextDecoder.decode(bytes, Charset.forName("KOI8-R"))).isEqualTo("Привет");
  }

  @Test
  void byteOrderMarkOverridesTheDeclaredCharset() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(StandardCharsets.UTF_8));
    assertThat(TextDecoder.decode(bytes, Charset.forName("windows-1252"))).isEqualTo(FRENCH);
  }

  @Test
  void declaredCharsetIsFoundInContentTypeMetaAndXmlProlog() {
    byte[] none = "<p>x</p>".getBytes(StandardCharsets.US_ASCII);
    assertThat(DeclaredCharset.find("text/html; charset=KOI8-R", none)).isEqualTo(Charset.forName("KOI8-R"));
    byte[] meta = "<html><head><meta charset=\"iso-8859-1\">".getBytes(StandardCharsets.US_ASCII);
    assertThat(DeclaredCharset.find(null, meta)).isEqualTo(Charset.forName("windows-1252"));
    byte[] prolog = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss/>".getBytes(StandardCharsets.US_ASCII);
    assertThat(DeclaredCharset.find(null, prolog)).isEqualTo(Charset.forName("ISO-8859-15"));
    assertThat(DeclaredCharset.find("text/html", none)).isNull();
    assertThat(DeclaredCharset.find("text/html; charset=no-such-charset", none)).isNull();
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] all = new byte[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
