package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.TimeMention;
import org.vigie.model.TimeType;
import org.vigie.time.EvaluationError.Kind;

/** TempEval-3 scoring on hand-built gold and system mentions. */
class TimeMlEvaluationTest {
  private static final String TEXT = "Hier soir, le maire a parlé deux heures ; il reviendra lundi à 10 heures.";

  private static TimeMention at(String text, TimeType type, String value) {
    int start = TEXT.indexOf(text);
    return new TimeMention(text, start, start + text.length(), type, value);
  }

  @Test
  void scores_countStrictRelaxedValueAndTypeMatches() {
    TimeMlDocument document = new TimeMlDocument("doc.tml", LocalDate.of(2026, 2, 6), TEXT, List.of(
        at("Hier soir", TimeType.TIME, "2026-02-05TEV"),
        at("deux heures", TimeType.DURATION, "PT2H"),
        at("lundi", TimeType.DATE, "2026-02-09"),
        at("10 heures", TimeType.TIME, "2026-02-09T10:00")));
    List<TimeMention> system = List.of(
        at("Hier", TimeType.DATE, "2026-02-05"),
        at("deux heures", TimeType.DURATION, "PT2H"),
        at("lundi", TimeType.DATE, "2026-02-02"),
        at("maire", TimeType.DATE, "XXXX"));
    List<EvaluationError> errors = new ArrayList<>();

    Scores scores = TimeMlEvaluation.compare(document, system, errors);

    assertThat(scores).isEqualTo(new Scores(1, 4, 4, 2, 3, 1, 2));
    assertThat(scores.strict().precision()).isEqualTo(0.5);
    assertThat(scores.relaxed().recall()).isEqualTo(0.75);
    assertThat(scores.value().f1()).isEqualTo(0.25);
    assertThat(errors).extracting(EvaluationError::kind).containsExactlyInAnyOrder(Kind.BOUNDARY, Kind.WRONG_VALUE,
        Kind.WRONG_TYPE, Kind.WRONG_VALUE, Kind.MISSED, Kind.SPURIOUS);
  }

  @Test
  void relaxedMatching_isOneToOne() {
    TimeMlDocument document = new TimeMlDocument("doc.tml", null, TEXT, List.of(
        at("Hier", TimeType.DATE, "XXXX-XX-XX"),
        at("soir", TimeType.TIME, "XXXX-XX-XXTEV")));
    List<TimeMention> system = List.of(at("Hier soir", TimeType.TIME, "XXXX-XX-XXTEV"));

    Scores scores = TimeMlEvaluation.compare(document, system, new ArrayList<>());

    assertThat(scores.relaxedMatches()).isEqualTo(1);
    assertThat(scores.strictMatches()).isZero();
  }

  @Test
  void emptyScores_areZeroNotNaN() {
    assertThat(Scores.EMPTY.strict()).isEqualTo(new Prf(0, 0, 0));
    assertThat(Scores.EMPTY.valueAccuracy()).isZero();
  }

  @Test
  void scores_addUp() {
    Scores one = new Scores(1, 4, 3, 2, 3, 2, 3);

    assertThat(one.plus(one)).isEqualTo(new Scores(2, 8, 6, 4, 6, 4, 6));
    assertThat(one.summary()).contains("strict", "relaxed", "value", "type");
  }
}
