package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;

/** Plain text and gold offsets from inline TimeML, on small documents written for these tests. */
class TimeMlReaderTest {

  private static TimeMlDocument read(String xml) throws XMLStreamException {
    return TimeMlReader.read("test.tml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void plainText_dropsTags_decodesEntities_andGoldOffsetsIndexIt() throws Exception {
    TimeMlDocument document = read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <TimeML><DOCID>x</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-06" functionInDocument="CREATION_TIME"/></DCT>
        <TEXT>Le club &amp; la ville <EVENT eid="e1">fêtent</EVENT> <TIMEX3 tid="t1" type="DATE" \
        value="2026-02-05">hier</TIMEX3> « leurs » <TIMEX3 tid="t2" type="DURATION" value="P2Y">deux ans</TIMEX3>.\
        </TEXT>
        </TimeML>
        """);

    assertThat(document.dct()).isEqualTo(LocalDate.of(2026, 2, 6));
    assertThat(document.text()).isEqualTo("Le club & la ville fêtent hier « leurs » deux ans.");
    assertThat(document.timexes()).containsExactly(
        new TimeMention("hier", 26, 30, TimeType.DATE, "2026-02-05"),
        new TimeMention("deux ans", 41, 49, TimeType.DURATION, "P2Y"));
    for (TimeMention gold : document.timexes()) {
      assertThat(document.text().substring(gold.start(), gold.end())).isEqualTo(gold.text());
    }
  }

  @Test
  void goldWithoutValue_orMarkingTheCreationTime_isLeftOut() throws Exception {
    TimeMlDocument document = read("""
        <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2026-02-06"/></DCT>
        <TEXT><TIMEX3 tid="t1" type="DATE" value="2026-02-06" functionInDocument="CREATION_TIME">6 février</TIMEX3>\
         puis <TIMEX3 tid="t2" type="DATE" value="">un jour</TIMEX3> et <TIMEX3 tid="t3" type="TIME" \
        value="2026-02-06TEV">ce soir</TIMEX3></TEXT></TimeML>
        """);

    assertThat(document.timexes()).extracting(TimeMention::text).containsExactly("ce soir");
  }

  @Test
  void missingCreationTime_givesANullDct() throws Exception {
    assertThat(read("<TimeML><TEXT>rien</TEXT></TimeML>").dct()).isNull();
  }

  @Test
  void externalEntities_areNeverResolved() {
    String xml = """
        <?xml version="1.0"?>
        <!DOCTYPE TimeML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <TimeML><TEXT>&secret;</TEXT></TimeML>
        """;

    assertThatThrownBy(() -> read(xml)).isInstanceOf(XMLStreamException.class);
  }
}
