package org.vigie.server;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vigie.store.StoryChange;

/**
 * {@code /stories.atom}: an Atom feed (RFC 4287) of the stories most recently written, new or updated, so that a
 * feed reader or another tool can follow them. The XML writer escapes every text.
 */
final class AtomFeed {
  static final int ENTRIES = 50;
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /** @param base the server's address as the client used it, without a trailing slash */
  static String render(List<StoryChange> stories, String base) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "id", base + "/stories.atom");
      element(xml, "title", "Vigie — new and updated stories");
      Instant updated = stories.isEmpty() ? Instant.EPOCH : stories.getFirst().updatedAt();
      element(xml, "updated", rfc3339(updated));
      link(xml, "self", base + "/stories.atom", "application/atom+xml");
      link(xml, "alternate", base + "/", "text/html");
      xml.writeStartElement("author");
      element(xml, "name", "Vigie");
      xml.writeEndElement();
      element(xml, "generator", "Vigie");
      for (StoryChange s : stories) {
        String url = base + Html.link("/stories/", s.id());
        xml.writeStartElement("entry");
        element(xml, "id", url);
        element(xml, "title", s.title().isBlank() ? "(untitled story)" : s.title());
        element(xml, "updated", rfc3339(s.updatedAt()));
        link(xml, "alternate", url, "text/html");
        link(xml, "related", base + Html.link("/api/stories/", s.id()), "application/json");
        element(xml, "summary", s.size() + (s.size() == 1 ? " article" : " articles")
            + (s.firstDate() == null ? ", undated" : ", " + s.firstDate()
                + (s.lastDate() == null || s.lastDate().equals(s.firstDate()) ? "" : " to " + s.lastDate())));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the Atom feed", e);
    }
    return out.toString();
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(stripInvalid(text));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
    xml.writeAttribute("type", type);
  }

  /** To the second: some readers take a fraction of nine digits for milliseconds. */
  private static String rfc3339(Instant at) {
    return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
  }

  /** XML 1.0 cannot carry control characters (other than tab and line breaks) even escaped: they are dropped. */
  private static String stripInvalid(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
        || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF).forEach(out::appendCodePoint);
    return out.toString();
  }
}
