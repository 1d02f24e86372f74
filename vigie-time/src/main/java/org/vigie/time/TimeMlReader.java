package org.vigie.time;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;

/**
 * Reads inline-annotated TimeML with the JDK's StAX parser, configured not to read DTDs or external entities.
 * Gold TIMEX3s with an empty value or {@code functionInDocument="CREATION_TIME"} are left out.
 */
final class TimeMlReader {
  private static final XMLInputFactory FACTORY = safeFactory();

  private record Open(int start, @Nullable String type, @Nullable String value, boolean creationTime) {}

  private TimeMlReader() {}

  private static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  static TimeMlDocument read(Path file) throws IOException {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, in);
    } catch (XMLStreamException malformed) {
      throw new IOException("cannot parse TimeML file " + file + ": " + malformed.getMessage(), malformed);
    }
  }

  static TimeMlDocument read(String name, InputStream in) throws XMLStreamException {
    XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
    try {
      StringBuilder text = new StringBuilder();
      List<TimeMention> timexes = new ArrayList<>();
      Deque<Open> open = new ArrayDeque<>();
      LocalDate dct = null;
      boolean inDct = false;
      boolean inText = false;
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            String element = reader.getLocalName();
            if (element.equals("DCT")) {
              inDct = true;
            } else if (element.equals("TEXT")) {
              inText = true;
            } else if (element.equals("TIMEX3") && inDct) {
              dct = parseDay(reader.getAttributeValue(null, "value"));
            } else if (element.equals("TIMEX3") && inText) {
              open.push(new Open(text.length(), reader.getAttributeValue(null, "type"),
                  reader.getAttributeValue(null, "value"),
                  "CREATION_TIME".equals(reader.getAttributeValue(null, "functionInDocument"))));
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            if (inText) {
              text.append(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            String element = reader.getLocalName();
            if (element.equals("DCT")) {
              inDct = false;
            } else if (element.equals("TEXT")) {
              inText = false;
            } else if (element.equals("TIMEX3") && !open.isEmpty() && inText) {
              Open timex = open.pop();
              TimeType type = typeOf(timex.type());
              if (type != null && timex.value() != null && !timex.value().isBlank() && !timex.creationTime()
                  && text.length() > timex.start()) {
                timexes.add(new TimeMention(text.substring(timex.start(), text.length()), timex.start(),
                    text.length(), type, timex.value().strip()));
              }
            }
          }
          default -> {
            // comments, processing instructions and the document prologue carry nothing to evaluate
          }
        }
      }
      timexes.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
          : Integer.compare(a.end(), b.end()));
      return new TimeMlDocument(name, dct, text.toString(), timexes);
    } finally {
      reader.close();
    }
  }

  private static @Nullable LocalDate parseDay(@Nullable String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeException notADay) {
      return null;
    }
  }

  private static @Nullable TimeType typeOf(@Nullable String type) {
    if (type == null) {
      return null;
    }
    try {
      return TimeType.valueOf(type.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
